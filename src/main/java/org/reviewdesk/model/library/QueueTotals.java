package org.reviewdesk.model.library;

/** How many posts the queue's filter selects, and the live counts beside them. */
public record QueueTotals(int total, QueueCounts counts) {
}
