package org.reviewdesk.model.library;

/** A named set of queue filters and the queue's order, kept in the library so that the whole team sees it. */
public record SavedView(String name, QueueFilter filter, QueueSort sort) {
    public SavedView {
        sort = sort == null ? QueueSort.PRIORITY : sort;
    }

    /** A view in the priority order. */
    public SavedView(String name, QueueFilter filter) {
        this(name, filter, QueueSort.PRIORITY);
    }
}
