package org.reviewdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;

/**
 * Pages of the queue read from where the last one ended (keyset paging): each page is one or a few index ranges read
 * in order, never the rows before it, so the thousandth page costs what the first does. After a row with key
 * (a, b, c), the rest of the order is: the same a and b with a later c, then the same a with a later b, then a later
 * a; each of these is a range of the order's index (QueueSortSql), read until the page is full.
 */
final class QueuePager {
    private QueuePager() {
    }

    /** The rows of the page after {@code after} (null: the first page), and where the page after it starts. */
    record Read(List<PostSummary> rows, QueueCursor next) {
    }

    static Read read(Handle h, QueueFilter filter, QueueSort sort, QueueCursor after, int limit) {
        if (after != null && !after.sort().equals(sort)) throw new IllegalArgumentException("a cursor of another order");
        List<QueueSortSql.Segment> segments = QueueSortSql.segments(sort);
        List<PostSummary> rows = new ArrayList<>(limit);
        QueueCursor last = null;
        boolean started = after == null;
        for (QueueSortSql.Segment segment : segments) {
            if (!started && segment.noValue() != after.noValue()) continue;
            List<List<Object>> steps = started ? List.of(List.of()) : steps(after.key());
            started = true;
            for (List<Object> step : steps) {
                if (rows.size() >= limit) break;
                last = readStep(h, filter, sort, segment, step, limit - rows.size(), rows, last);
            }
        }
        return new Read(rows, rows.size() < limit ? null : last);
    }

    /**
     * The ranges after a key, nearest first: for (a, b, c), [a, b, c] (same a and b, later c), [a, b] (same a, later
     * b), [a] (later a). Each list is the prefix of the key the range starts after.
     */
    private static List<List<Object>> steps(List<Object> key) {
        List<List<Object>> steps = new ArrayList<>();
        for (int n = key.size(); n >= 1; n--) steps.add(key.subList(0, n));
        return steps;
    }

    /** Reads up to {@code room} rows of one range into {@code rows}; returns the cursor of the last row read. */
    private static QueueCursor readStep(Handle h, QueueFilter filter, QueueSort sort, QueueSortSql.Segment segment,
                                        List<Object> after, int room, List<PostSummary> rows, QueueCursor last) {
        Query q = QueueFilterSql.bind(h.createQuery(stepSql(filter, segment, after.size())), filter).bind("room", room);
        for (int i = 0; i < after.size(); i++) q.bind("after" + i, after.get(i));
        QueueCursor[] cursor = {last};
        q.map((rs, ctx) -> {
            rows.add(PostSummaries.summary(rs));
            cursor[0] = new QueueCursor(sort, segment.noValue(), key(rs, segment.parts().size()));
            return null;
        }).forEach(x -> { });
        return cursor[0];
    }

    /**
     * The SQL of one range, after a key of {@code afterParts} parts: the page's ids and keys first, read from the
     * order's index alone where it holds the filter's columns (V18), then those rows. The posts the filter passes
     * over are never read: at 100,000 posts the freshness order, descending, read 1,364 rows for a page of 200.
     */
    private static String stepSql(QueueFilter filter, QueueSortSql.Segment segment, int afterParts) {
        List<QueueSortSql.Part> parts = segment.parts();
        StringBuilder keys = new StringBuilder("SELECT id");
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            keys.append(", ").append(parts.get(i).column()).append(" AS sort_k").append(i);
            order.append(i == 0 ? "" : ", ").append("s.sort_k").append(i).append(parts.get(i).descending() ? " DESC" : "");
        }
        keys.append(" FROM post").append(QueueFilterSql.where(filter, true));
        if (segment.where() != null) keys.append(" AND ").append(segment.where());
        for (int i = 0; i < afterParts; i++) {
            QueueSortSql.Part p = parts.get(i);
            String op = i < afterParts - 1 ? " = " : p.descending() ? " < " : " > ";
            keys.append(" AND ").append(p.column()).append(op).append(":after").append(i);
        }
        keys.append(" ORDER BY ").append(segment.order()).append(" FETCH FIRST :room ROWS ONLY");
        StringBuilder sql = new StringBuilder("SELECT ").append(PostSummaries.columnsOf("p"));
        for (int i = 0; i < parts.size(); i++) sql.append(", s.sort_k").append(i);
        return sql.append(" FROM (").append(keys).append(") s JOIN post p ON p.id = s.id ORDER BY ").append(order).toString();
    }

    private static List<Object> key(ResultSet rs, int parts) throws SQLException {
        List<Object> key = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            Object v = rs.getObject("sort_k" + i);
            key.add(v instanceof java.sql.Date d ? d.toLocalDate() : v);
        }
        return key;
    }
}
