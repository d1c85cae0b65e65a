package org.reviewdesk.model.library;

/** The queue's order: priority (the default), or one column either way. */
public record QueueSort(Column column, boolean descending) {
    /** Needs human review first, then lowest freshness, then most views. */
    public static final QueueSort PRIORITY = new QueueSort(Column.PRIORITY, false);

    public enum Column {
        PRIORITY, TITLE, STATUS, VERSION, FRESHNESS, QUALITY, LAST_REVIEWED, VIEW_COUNT, FINDINGS, ASSIGNEE, READABILITY, OPEN_COMMENTS
    }

    public boolean byPriority() {
        return column == Column.PRIORITY;
    }
}
