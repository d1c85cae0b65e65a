package org.reviewdesk.model.library;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where a page of the queue ended, so that the next page goes on right after its last row however deep the queue is
 * scrolled (keyset paging): the sort key of that row, in the order's own terms, as the library read it.
 *
 * @param sort    the order the page was read in
 * @param noValue whether the row was among the posts without a value in the sorted column (read last)
 * @param key     the row's sort key, its tie-breaker last; opaque outside the library
 */
public record QueueCursor(QueueSort sort, boolean noValue, List<Object> key) {
    public QueueCursor {
        key = Collections.unmodifiableList(Arrays.asList(key.toArray()));
    }
}
