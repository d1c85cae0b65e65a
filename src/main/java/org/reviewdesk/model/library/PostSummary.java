package org.reviewdesk.model.library;

import java.time.LocalDate;

/** A row of the library list or the queue: never the body. */
public record PostSummary(long id, String reference, String title, String status, String version, Integer freshness,
                          Integer quality, boolean needsHumanReview, LocalDate lastReviewed, Long viewCount,
                          String assignee, int findings) {
}
