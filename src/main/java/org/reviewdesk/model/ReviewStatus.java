package org.reviewdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A post's review status. The values seen so far are constants; any other value is kept as written,
 * because an importer must never rewrite what a source said.
 */
public record ReviewStatus(String value) {
    public static final ReviewStatus DRAFTED = new ReviewStatus("drafted");
    public static final ReviewStatus IN_REVIEW = new ReviewStatus("in review");
    public static final ReviewStatus REVIEWED = new ReviewStatus("reviewed");
    public static final ReviewStatus PUBLISHED = new ReviewStatus("published");
    public static final List<ReviewStatus> KNOWN = List.of(DRAFTED, IN_REVIEW, REVIEWED, PUBLISHED);

    public ReviewStatus {
        Objects.requireNonNull(value, "value");
    }

    public static ReviewStatus of(String value) {
        for (ReviewStatus s : KNOWN) {
            if (s.value.equals(value)) return s;
        }
        return new ReviewStatus(value);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
