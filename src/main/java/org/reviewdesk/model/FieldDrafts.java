package org.reviewdesk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user typed into meta fields whose text the meta box cannot hold (a score of 600, a date of 2022-13-01),
 * by canonical JSON path, in the order of the form. A post keeps them beside its meta box, which holds the field's
 * last valid value meanwhile, so that the typed text is shown again, with its problem, until it is corrected.
 */
public record FieldDrafts(Map<String, String> byField) {
    public static final FieldDrafts NONE = new FieldDrafts(Map.of());

    public FieldDrafts {
        Map<String, String> copy = new LinkedHashMap<>();
        byField.forEach((field, text) -> copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(text, "text")));
        byField = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public int count() {
        return byField.size();
    }

    /** The first field in the form's order, where the user is taken to correct them. */
    public Optional<String> first() {
        return byField.keySet().stream().findFirst();
    }
}
