package org.reviewdesk.gui.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.model.meta.MetaFields;

/**
 * What the form offers while the user types in a field that takes the library's own values. The first call tells
 * the owner that suggestions are wanted: the form's view asks when it builds the fields that offer them, so a window
 * that never shows those fields never counts them.
 */
final class MetaSuggestions {
    /** The fields that offer the values other posts of the library have. */
    static final List<String> FIELDS = List.of(MetaFields.STACK.path(), MetaFields.TOOLS.path(),
            MetaFields.CODE_LANGUAGE.path());

    private final Map<String, ObservableList<String>> byField = new LinkedHashMap<>();
    private Runnable onWanted = () -> { };
    private boolean wanted;

    MetaSuggestions() {
        for (String f : FIELDS) byField.put(f, FXCollections.observableArrayList());
    }

    ObservableList<String> of(String field) {
        if (!wanted) {
            wanted = true;
            onWanted.run();
        }
        ObservableList<String> values = byField.get(field);
        if (values == null) throw new IllegalArgumentException("no suggestions for '" + field + "'");
        return values;
    }

    void setOnWanted(Runnable wanted) {
        this.onWanted = wanted;
        if (this.wanted) wanted.run();
    }

    boolean wanted() {
        return wanted;
    }
}
