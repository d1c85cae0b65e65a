package org.reviewdesk.store;

/** The queue's order: priority (the default), or one column either way. */
public record QueueSort(Column column, boolean descending) {
    /** Needs human review first, then lowest freshness, then most views. */
    public static final QueueSort PRIORITY = new QueueSort(Column.PRIORITY, false);

    public enum Column {
        PRIORITY("needs_review DESC, freshness ASC NULLS LAST, view_count DESC NULLS LAST"),
        TITLE("title_key"), STATUS("status"), VERSION("version_key"), FRESHNESS("freshness"), QUALITY("quality"),
        LAST_REVIEWED("last_reviewed"), VIEW_COUNT("view_count"), FINDINGS("findings_total"), ASSIGNEE("assignee");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    String orderBy() {
        if (column == Column.PRIORITY) return column.sql + ", reference";
        return column.sql + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", reference";
    }
}
