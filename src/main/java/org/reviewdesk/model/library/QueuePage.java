package org.reviewdesk.model.library;

import java.util.List;

/**
 * One page of the queue, the number of posts the filter selects, the live counts, and where the next page starts
 * (null after the last page, or for a page read by offset).
 */
public record QueuePage(List<PostSummary> rows, int total, QueueCounts counts, QueueCursor next) {
    public QueuePage {
        rows = List.copyOf(rows);
    }

    /** A page that does not say where the next one starts: the next is read by its offset. */
    public QueuePage(List<PostSummary> rows, int total, QueueCounts counts) {
        this(rows, total, counts, null);
    }
}
