package org.reviewdesk.model.library;

import java.time.LocalDate;

/**
 * A row of the library list or the queue: never the body.
 *
 * @param openComments the post's open comment threads
 */
public record PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                          Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount,
                          String assignee, int findings, int openComments) {
    /** A row without comments (what the tests and the benchmark build by hand). */
    public PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                       Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount,
                       String assignee, int findings) {
        this(id, reference, title, status, version, freshness, quality, needsHumanReview, lastReviewed, viewCount,
                assignee, findings, 0);
    }
}
