package org.reviewdesk.gui.meta;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.model.Readability;

/** The body's figures, counted by the checks' scan, which the form shows beside the stored ones. */
public final class BodyFigures {
    private final BooleanProperty counted = new SimpleBooleanProperty(this, "counted");
    private final IntegerProperty words = new SimpleIntegerProperty(this, "words");
    private final IntegerProperty readingTime = new SimpleIntegerProperty(this, "readingTime");
    private final IntegerProperty paragraphs = new SimpleIntegerProperty(this, "paragraphs");
    private final ObjectProperty<Readability> readability = new SimpleObjectProperty<>(this, "readability", Readability.NONE);

    void scanned(BodyStructure body, Readability prose) {
        readability.set(prose);
        words.set(body.words());
        readingTime.set(body.readingMinutes());
        paragraphs.set(body.paragraphsAfterIntro());
        counted.set(true);
    }

    /** Another post opened: the figures mean nothing until its first scan. */
    void forget() {
        counted.set(false);
    }

    /** False until the first scan of the open post: the figures mean nothing yet. */
    public BooleanProperty countedProperty() {
        return counted;
    }

    public IntegerProperty wordsProperty() {
        return words;
    }

    public IntegerProperty readingTimeProperty() {
        return readingTime;
    }

    /** Flesch reading ease and words a sentence of the prose (code, tables, lists of identifiers left out). */
    public ObjectProperty<Readability> readabilityProperty() {
        return readability;
    }

    /** The paragraphs after the introductory one, as payload.paragraphs counts them. */
    public IntegerProperty paragraphsProperty() {
        return paragraphs;
    }
}
