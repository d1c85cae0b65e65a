package org.reviewdesk.model.library;

/** The queue's live counts under the other filters: "38 need review · 412 stale · 21 both". */
public record QueueCounts(int needReview, int stale, int both) {
}
