package org.reviewdesk.gui.queue;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reviewdesk.model.library.QueueFilter;

/**
 * The queue's filters as properties the filter bar binds to, and the {@link QueueFilter} they make. Two switch the
 * default queue (needs review; freshness at or below a threshold); the others narrow it.
 */
public final class QueueFilters {
    private final BooleanProperty needsReview = new SimpleBooleanProperty(this, "needsReview", true);
    private final BooleanProperty staleOn = new SimpleBooleanProperty(this, "staleOn", true);
    private final IntegerProperty threshold = new SimpleIntegerProperty(this, "threshold", QueueFilter.DEFAULT_FRESHNESS_THRESHOLD);
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty stackOrTool = new SimpleStringProperty(this, "stackOrTool");
    private final StringProperty assignee = new SimpleStringProperty(this, "assignee");
    private final BooleanProperty withFindings = new SimpleBooleanProperty(this, "withFindings");

    /** The filter the properties describe now; blank texts filter nothing. */
    public QueueFilter filter() {
        return new QueueFilter(needsReview.get(), staleOn.get() ? threshold.get() : null, blankToNull(status.get()), null,
                blankToNull(stackOrTool.get()), blankToNull(assignee.get()), withFindings.get() ? Boolean.TRUE : null);
    }

    /** Sets every property to what {@code f} says (a saved view being applied). */
    public void set(QueueFilter f) {
        needsReview.set(f.needsReview());
        staleOn.set(f.maxFreshness() != null);
        if (f.maxFreshness() != null) threshold.set(f.maxFreshness());
        status.set(f.status());
        stackOrTool.set(f.stackOrTool());
        assignee.set(f.assignee());
        withFindings.set(Boolean.TRUE.equals(f.hasFindings()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public BooleanProperty needsReviewProperty() {
        return needsReview;
    }

    public BooleanProperty staleOnProperty() {
        return staleOn;
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty stackOrToolProperty() {
        return stackOrTool;
    }

    /** Only posts with findings of the editorial checks. */
    public BooleanProperty withFindingsProperty() {
        return withFindings;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }
}
