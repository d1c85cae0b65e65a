package org.reviewdesk.formats.wxr;

import org.reviewdesk.model.ReviewStatus;

/** WordPress post statuses and Review Desk review statuses, in both directions. */
final class WxrStatus {
    private WxrStatus() {
    }

    /** publish, draft and pending have a Review Desk meaning; any other status (private, future…) is kept as written. */
    static ReviewStatus toReview(String wordpress) {
        return switch (wordpress) {
            case "publish" -> ReviewStatus.PUBLISHED;
            case "draft" -> ReviewStatus.DRAFTED;
            case "pending" -> ReviewStatus.IN_REVIEW;
            default -> ReviewStatus.of(wordpress);
        };
    }

    /** A reviewed post is not live yet, so WordPress gets it as pending; unknown statuses go as drafts. */
    static String toWordPress(ReviewStatus status) {
        if (status == null) return "draft";
        return switch (status.value()) {
            case "published" -> "publish";
            case "in review", "reviewed" -> "pending";
            case "private", "future", "trash" -> status.value();
            default -> "draft";
        };
    }
}
