package org.reviewdesk.gui.comments;

import java.util.List;
import org.reviewdesk.model.library.PostComment;

/** What the Comments panel asks of the library; every call is made in the background. */
public interface CommentsAccess {
    /** The post's threads with their replies, open ones first. */
    List<PostComment> list(long postId);

    /** A new thread on {@code quote}, selected at {@code [start, end)}: found again if edits moved it, refused if gone. */
    PostComment add(long postId, int start, int end, String quote, String text);

    PostComment reply(long commentId, String text);

    PostComment resolve(long commentId);

    PostComment reopen(long commentId);

    PostComment edit(long commentId, String text);

    void delete(long commentId);
}
