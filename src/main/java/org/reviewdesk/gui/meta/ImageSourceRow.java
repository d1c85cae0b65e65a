package org.reviewdesk.gui.meta;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reviewdesk.model.ImageSource;

/** One editable row of the image sources table; null parts stay absent. */
public final class ImageSourceRow {
    private final StringProperty source;
    private final StringProperty url;
    private final StringProperty caption;

    ImageSourceRow(ImageSource image, Runnable onChange) {
        source = new SimpleStringProperty(this, "source", image.source());
        url = new SimpleStringProperty(this, "url", image.url());
        caption = new SimpleStringProperty(this, "caption", image.caption());
        source.addListener((o, was, now) -> onChange.run());
        url.addListener((o, was, now) -> onChange.run());
        caption.addListener((o, was, now) -> onChange.run());
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty captionProperty() {
        return caption;
    }

    ImageSource toImageSource() {
        return new ImageSource(source.get(), url.get(), caption.get());
    }
}
