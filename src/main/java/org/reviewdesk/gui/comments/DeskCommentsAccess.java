package org.reviewdesk.gui.comments;

import java.util.List;
import java.util.function.Supplier;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.service.CommentService;
import org.reviewdesk.service.Desk;

/** The comments of the real library, through its comment service. */
public final class DeskCommentsAccess implements CommentsAccess {
    private final Supplier<Desk> desk;

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskCommentsAccess(Supplier<Desk> desk) {
        this.desk = desk;
    }

    private CommentService comments() {
        return desk.get().comments();
    }

    @Override
    public List<PostComment> list(long postId) {
        return comments().list(postId);
    }

    @Override
    public PostComment add(long postId, int start, int end, String quote, String text) {
        return comments().addOnSelection(postId, start, end, quote, text);
    }

    @Override
    public PostComment reply(long commentId, String text) {
        return comments().reply(commentId, text);
    }

    @Override
    public PostComment resolve(long commentId) {
        return comments().resolve(commentId);
    }

    @Override
    public PostComment reopen(long commentId) {
        return comments().reopen(commentId);
    }

    @Override
    public PostComment edit(long commentId, String text) {
        return comments().edit(commentId, text);
    }

    @Override
    public void delete(long commentId) {
        comments().delete(commentId);
    }
}
