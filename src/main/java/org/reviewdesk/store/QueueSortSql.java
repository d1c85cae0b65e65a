package org.reviewdesk.store;

import org.reviewdesk.model.library.QueueSort;

/** The SQL of a queue order: the columns it sorts by and the index H2 is told to read. */
final class QueueSortSql {
    private QueueSortSql() {
    }

    private static String column(QueueSort.Column column) {
        return switch (column) {
            case PRIORITY -> "in_trash, needs_review DESC, freshness_key, views_key DESC";
            case TITLE -> "title_key";
            case STATUS -> "status";
            case VERSION -> "version_key";
            case FRESHNESS -> "freshness";
            case QUALITY -> "quality";
            case LAST_REVIEWED -> "last_reviewed";
            case VIEW_COUNT -> "view_count";
            case FINDINGS -> "findings_total";
            case ASSIGNEE -> "assignee";
            case READABILITY -> "reading_ease";
            case OPEN_COMMENTS -> "open_comments";
        };
    }

    /**
     * The priority order reads the queue index in order (no sort); the others read the ids of their page from the
     * index that holds every column they filter and sort by, without the rows. H2 is told which, since it may prefer
     * another.
     */
    static String index(QueueSort sort) {
        if (sort.column() == QueueSort.Column.READABILITY) return "post_reading_ease";
        return sort.byPriority() ? "post_queue" : "post_sort_cover";
    }

    static String orderBy(QueueSort sort) {
        if (sort.byPriority()) return column(sort.column()) + ", id";
        return column(sort.column()) + (sort.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", reference";
    }
}
