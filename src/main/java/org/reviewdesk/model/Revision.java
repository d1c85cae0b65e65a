package org.reviewdesk.model;

import java.time.LocalDate;

/** The revision group: review status, semantic version and the date of the last review; each may be absent. */
public record Revision(ReviewStatus status, SemVer version, LocalDate lastReviewed) {
    public static final Revision EMPTY = new Revision(null, null, null);

    public Revision withStatus(ReviewStatus s) {
        return new Revision(s, version, lastReviewed);
    }

    public Revision withVersion(SemVer v) {
        return new Revision(status, v, lastReviewed);
    }

    public Revision withLastReviewed(LocalDate d) {
        return new Revision(status, version, d);
    }

    public boolean isEmpty() {
        return status == null && version == null && lastReviewed == null;
    }
}
