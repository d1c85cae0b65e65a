package org.reviewdesk.model.library;

/** A named set of queue filters, kept in the library so that the whole team sees it. */
public record SavedView(String name, QueueFilter filter) {
}
