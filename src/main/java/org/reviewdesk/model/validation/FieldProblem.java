package org.reviewdesk.model.validation;

import java.util.Objects;

/**
 * One rule a field breaks. {@code field} is the canonical JSON path of the field inside the meta box
 * ({@code score.freshness}, {@code image_sources[1].url}) or {@code title} for the post's title, so that
 * the importer and the meta form point at the same place.
 */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
