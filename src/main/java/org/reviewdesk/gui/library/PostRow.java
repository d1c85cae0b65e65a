package org.reviewdesk.gui.library;

import java.time.LocalDate;

/** One line of the library list: what the list shows of a post, never its body. */
public record PostRow(long id, String reference, String title, String status, String version, Integer freshness,
                      boolean needsHumanReview, LocalDate lastReviewed) {
}
