package org.reviewdesk.store;

import java.util.List;
import org.reviewdesk.model.library.QueueSort;

/**
 * The SQL of a queue order. Each order has an index that holds it (V1, V13), behind in_trash, which every queue query
 * fixes: ordered by in_trash first, the database reads a page in index order and stops at its last row, in either
 * direction, instead of sorting every post that matches. Posts without a value in the column come last either way;
 * the library reads them as a range of their own. Standard SQL, the same for H2 and PostgreSQL.
 */
final class QueueSortSql {
    private QueueSortSql() {
    }

    /** One column of an order and its direction. */
    record Part(String column, boolean descending) {
    }

    /**
     * A stretch of an order read as one index range: the posts with a value in the sorted column (in the column's
     * order, ties by reference), or those without (by reference).
     *
     * @param where the stretch's condition, or null for every post
     * @param parts the key a page goes on after, in order
     * @param order the ORDER BY that reads the stretch in its index: in_trash first, then the index's columns (the
     *              sorted column too where it is absent: an ORDER BY without it does not match the index, and H2
     *              then sorts every post without a value)
     */
    record Segment(String where, List<Part> parts, boolean noValue, String order) {
    }

    /**
     * The column a header sorts by.
     *
     * @param column  what the whole order (offset paging, the reference of the keyset) sorts by, absent values last
     * @param key     the indexed key the pages are read in (the same column, or a key with absent values as a number)
     * @param value   the condition of posts with a value, as a range of the key (null: the key is never absent)
     * @param noValue the condition of posts without a value (null: there are none)
     */
    private record SortColumn(String column, String key, String value, String noValue) {
        static SortColumn always(String column) {
            return new SortColumn(column, column, null, null);
        }

        /**
         * A column that may be empty, with a bound below all its values: "has a value" as an index range rather than
         * IS NOT NULL, which H2 checks entry by entry (an ascending page read past every post without a value first).
         */
        static SortColumn nullable(String column, String floor) {
            return new SortColumn(column, column, column + " >= " + floor, column + " IS NULL");
        }
    }

    private static SortColumn column(QueueSort.Column column) {
        return switch (column) {
            case PRIORITY -> throw new IllegalArgumentException("the priority order is not one column");
            case TITLE -> SortColumn.always("title_key");
            case STATUS -> SortColumn.nullable("status", "''");
            case VERSION -> SortColumn.nullable("version_key", "''");
            // freshness_key holds an absent freshness as 101, above every score: the stale count's index serves.
            case FRESHNESS -> new SortColumn("freshness", "freshness_key", "freshness_key <= 100", "freshness_key = 101");
            case QUALITY -> SortColumn.nullable("quality", "-2147483647");
            case LAST_REVIEWED -> SortColumn.nullable("last_reviewed", "DATE '0001-01-01'");
            case VIEW_COUNT -> SortColumn.nullable("view_count", "-9223372036854775807");
            case FINDINGS -> SortColumn.always("findings_total");
            case ASSIGNEE -> SortColumn.nullable("assignee", "''");
            case READABILITY -> SortColumn.nullable("reading_ease", "-2147483647");
            case OPEN_COMMENTS -> SortColumn.always("open_comments");
        };
    }

    /** The stretches an order is read in, in turn. */
    static List<Segment> segments(QueueSort sort) {
        if (sort.byPriority()) {
            List<Part> parts = List.of(new Part("needs_review", true), new Part("freshness_key", false),
                    new Part("views_key", true), new Part("id", false));
            return List.of(new Segment(null, parts, false, indexOrder(parts)));
        }
        SortColumn c = column(sort.column());
        boolean desc = sort.descending();
        List<Part> parts = List.of(new Part(c.key(), desc), new Part("reference", desc));
        Segment values = new Segment(c.value(), parts, false, indexOrder(parts));
        if (c.noValue() == null) return List.of(values);
        return List.of(values, new Segment(c.noValue(), List.of(new Part("reference", desc)), true, indexOrder(parts)));
    }

    /** The ORDER BY of an index's columns: in_trash first, so that the index in this order is the one read. */
    private static String indexOrder(List<Part> parts) {
        StringBuilder sb = new StringBuilder("in_trash");
        if (parts.stream().allMatch(Part::descending)) sb.append(" DESC");
        for (Part p : parts) sb.append(", ").append(p.column()).append(p.descending() ? " DESC" : "");
        return sb.toString();
    }

    /** The whole order in one ORDER BY, for a page at an offset (the order the keyset pages follow). */
    static String offsetOrder(QueueSort sort) {
        if (sort.byPriority()) return "in_trash, needs_review DESC, freshness_key, views_key DESC, id";
        String column = column(sort.column()).column();
        return sort.descending() ? column + " DESC NULLS LAST, reference DESC" : column + " ASC NULLS LAST, reference";
    }
}
