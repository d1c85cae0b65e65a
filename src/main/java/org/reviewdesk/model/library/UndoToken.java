package org.reviewdesk.model.library;

import java.util.List;

/** What a bulk action changed, so that {@link QueueRepository#undo} can put exactly those posts back. */
public record UndoToken(String action, List<StoredPost> before) {
    public UndoToken {
        before = List.copyOf(before);
    }
}
