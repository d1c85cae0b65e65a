package org.reviewdesk.model.library;

import java.time.LocalDate;

/**
 * A row of the library list or the queue: never the body.
 *
 * @param readingEase the Flesch reading ease of the prose, rounded, as last checked; null before a check or without prose
 */
public record PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                          Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount,
                          String assignee, int findings, Integer readingEase) {

    /** A row whose readability is not known. */
    public PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                       Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount, String assignee,
                       int findings) {
        this(id, reference, title, status, version, freshness, quality, needsHumanReview, lastReviewed, viewCount,
                assignee, findings, null);
    }
}
