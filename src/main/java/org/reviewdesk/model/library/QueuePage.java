package org.reviewdesk.model.library;

import java.util.List;

/**
 * One page of the queue, the number of posts the filter selects, the live counts, and where the next page starts
 * (null after the last page, or for a page read by offset). A page read without waiting for the counts has
 * {@link #UNCOUNTED} as its total and null counts: they come with {@link QueueTotals}.
 */
public record QueuePage(List<PostSummary> rows, int total, QueueCounts counts, QueueCursor next) {
    /** The total of a page whose counts were not read with it. */
    public static final int UNCOUNTED = -1;

    public QueuePage {
        rows = List.copyOf(rows);
        if ((total == UNCOUNTED) != (counts == null)) {
            throw new IllegalArgumentException("a page has both its total and its counts, or neither");
        }
    }

    /** A page that does not say where the next one starts: the next is read by its offset. */
    public QueuePage(List<PostSummary> rows, int total, QueueCounts counts) {
        this(rows, total, counts, null);
    }

    /** Rows read without the total and the counts. */
    public static QueuePage uncounted(List<PostSummary> rows, QueueCursor next) {
        return new QueuePage(rows, UNCOUNTED, null, next);
    }

    /** Whether the total and the counts came with the rows. */
    public boolean counted() {
        return total != UNCOUNTED;
    }

    /** The total and the counts of a counted page. */
    public QueueTotals totals() {
        if (!counted()) throw new IllegalStateException("this page was read without its counts");
        return new QueueTotals(total, counts);
    }
}
