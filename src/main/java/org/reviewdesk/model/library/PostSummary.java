package org.reviewdesk.model.library;

import java.time.LocalDate;

/**
 * A row of the library list or the queue: never the body.
 *
 * @param readingEase the Flesch reading ease of the prose, rounded, as last checked; null before a check or without prose
 * @param openComments the post's open comment threads
 */
public record PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                          Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount,
                          String assignee, int findings, Integer readingEase, int openComments) {

    /** A row whose readability is not known, without comments. */
    public PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                       Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount, String assignee,
                       int findings) {
        this(id, reference, title, status, version, freshness, quality, needsHumanReview, lastReviewed, viewCount,
                assignee, findings, null, 0);
    }

    /** A row without comments. */
    public PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                       Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount, String assignee,
                       int findings, Integer readingEase) {
        this(id, reference, title, status, version, freshness, quality, needsHumanReview, lastReviewed, viewCount,
                assignee, findings, readingEase, 0);
    }
}
