package org.reviewdesk.model.library;

import java.util.List;

/** One page of the queue, the number of posts the filter selects, and the live counts. */
public record QueuePage(List<PostSummary> rows, int total, QueueCounts counts) {
    public QueuePage {
        rows = List.copyOf(rows);
    }
}
