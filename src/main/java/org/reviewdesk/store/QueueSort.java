package org.reviewdesk.store;

/** The queue's order: priority (the default), or one column either way. */
public record QueueSort(Column column, boolean descending) {
    /** Needs human review first, then lowest freshness, then most views. */
    public static final QueueSort PRIORITY = new QueueSort(Column.PRIORITY, false);

    public enum Column {
        PRIORITY("in_trash, needs_review DESC, freshness_key, views_key DESC"),
        TITLE("title_key"), STATUS("status"), VERSION("version_key"), FRESHNESS("freshness"), QUALITY("quality"),
        LAST_REVIEWED("last_reviewed"), VIEW_COUNT("view_count"), FINDINGS("findings_total"), ASSIGNEE("assignee");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    /**
     * The priority order reads the queue index in order (no sort); the others read the ids of their page from the
     * index that holds every column they filter and sort by, without the rows. H2 is told which, since it may prefer
     * another.
     */
    String indexHint() {
        return column == Column.PRIORITY ? " USE INDEX (post_queue)" : " USE INDEX (post_sort_cover)";
    }

    boolean byPriority() {
        return column == Column.PRIORITY;
    }

    String orderBy() {
        if (column == Column.PRIORITY) return column.sql + ", id";
        return column.sql + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", reference";
    }
}
