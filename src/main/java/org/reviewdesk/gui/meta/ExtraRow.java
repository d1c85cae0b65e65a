package org.reviewdesk.gui.meta;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One key the importer kept in {@code Meta.extra}. A list value is edited as text with one item per line;
 * whether the value is a list is decided by what was imported (or, for a new row, by whether the text has
 * several lines), so a one-item list stays a list and a plain value stays plain.
 */
public final class ExtraRow {
    private final StringProperty key;
    private final StringProperty value;
    private final boolean importedAsList;

    ExtraRow(String key, Object value, Runnable onChange) {
        this.key = new SimpleStringProperty(this, "key", key);
        this.importedAsList = value instanceof List<?>;
        this.value = new SimpleStringProperty(this, "value", value instanceof List<?> items
                ? String.join("\n", items.stream().map(String::valueOf).toList()) : String.valueOf(value));
        this.key.addListener((o, was, now) -> onChange.run());
        this.value.addListener((o, was, now) -> onChange.run());
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public boolean isList() {
        return importedAsList || text().contains("\n");
    }

    private String text() {
        return value.get() == null ? "" : value.get();
    }

    /** The value as {@code Meta.extra} holds it: a string, or a list of strings. */
    Object toValue() {
        if (!isList()) return text();
        return text().isEmpty() ? List.of() : Arrays.asList(text().split("\n", -1));
    }
}
