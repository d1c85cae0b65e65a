package org.reviewdesk.model.library;

import java.time.Instant;
import java.util.List;

/**
 * An editorial comment on a post: a thread (no parent) anchored to a span of the body, or a reply in one. A thread
 * lists its replies, oldest first; a reply lists none and has no anchor.
 *
 * @param editedAt when its text was last changed, null when never
 * @param resolved a thread's state: open (false) or resolved; a reply follows its thread's
 */
public record PostComment(long id, long postId, Long parentId, String author, Instant createdAt, Instant editedAt,
                          String text, boolean resolved, Anchor anchor, List<PostComment> replies) {
    public PostComment {
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    /**
     * The span of the body a thread is on, {@code [start, end)} in characters, with the text it holds. When that text
     * was deleted the anchor is {@code textRemoved}: start and end meet where it was, and the quote is the text it was on.
     */
    public record Anchor(int start, int end, String quote, boolean textRemoved) {
    }

    public boolean isReply() {
        return parentId != null;
    }

    /** "open" or "resolved": the word the command line and the JSON use. */
    public String state() {
        return resolved ? "resolved" : "open";
    }

    public PostComment withReplies(List<PostComment> newReplies) {
        return new PostComment(id, postId, parentId, author, createdAt, editedAt, text, resolved, anchor, newReplies);
    }
}
