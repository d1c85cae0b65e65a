package org.reviewdesk.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.model.library.PostComment.Anchor;

/**
 * The editorial comments on posts. Every change is one transaction that also keeps the post's count of open threads
 * (the queue's column); anchors follow the body wherever it is written (ChildBatches), and a revision copies the
 * comments as they are (RevisionRepository).
 */
public final class CommentRepository {
    private final Jdbi jdbi;

    CommentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A post's threads with their replies: open ones first, then by where they are in the body. */
    public List<PostComment> list(long postId) {
        return jdbi.withHandle(h -> CommentRows.threads(h, "post_comment", "post_id", postId));
    }

    /** The threads of the post with this reference (none when there is no such post), without loading the post. */
    public List<PostComment> listByReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE reference = ?").bind(0, reference)
                .mapTo(Long.class).findOne().map(id -> CommentRows.threads(h, "post_comment", "post_id", id)).orElse(List.of()));
    }

    /** The comments of a post as revision {@code revisionId} recorded them, in the same order. */
    public List<PostComment> atRevision(long revisionId) {
        return jdbi.withHandle(h -> CommentRows.threads(h, "revision_comment", "revision_id", revisionId));
    }

    /** One comment (a thread without its replies, or a reply). */
    public Optional<PostComment> find(long id) {
        return jdbi.withHandle(h -> CommentRows.find(h, id));
    }

    /** A new open thread on {@code anchor} of the post; returns it. */
    public PostComment add(long postId, String author, String text, Anchor anchor) {
        return write(postId, h -> h.createUpdate("INSERT INTO post_comment (post_id, author, created_at, comment_text, "
                        + "anchor_start, anchor_end, quote) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(0, postId).bind(1, author).bind(2, Sql.now()).bind(3, text).bind(4, anchor.start())
                .bind(5, anchor.end()).bind(6, anchor.quote()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** A reply in the thread {@code threadId} of post {@code postId}; returns it. */
    public PostComment reply(long postId, long threadId, String author, String text) {
        return write(postId, h -> h.createUpdate("INSERT INTO post_comment (post_id, parent_id, author, created_at, "
                        + "comment_text) VALUES (?, ?, ?, ?, ?)")
                .bind(0, postId).bind(1, threadId).bind(2, author).bind(3, Sql.now()).bind(4, text)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public PostComment setResolved(long postId, long id, boolean resolved) {
        return write(postId, h -> {
            h.execute("UPDATE post_comment SET resolved = ? WHERE id = ?", resolved, id);
            return id;
        });
    }

    public PostComment editText(long postId, long id, String text) {
        return write(postId, h -> {
            h.execute("UPDATE post_comment SET comment_text = ?, edited_at = ? WHERE id = ?", text, Sql.now(), id);
            return id;
        });
    }

    /** Deletes a comment; a thread goes with its replies. */
    public void delete(long postId, long id) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM post_comment WHERE id = ?", id);
            CommentRows.recount(h, postId);
            Library.touch(h);
        });
    }

    /**
     * Adds to the post the comments of an import that it does not have yet (the same author, time and text: the same
     * comment), in one transaction. An anchor that no longer holds its quote is found by the quote, else marked text
     * removed.
     */
    public void merge(long postId, List<PostComment> threads) {
        jdbi.useTransaction(h -> {
            String body = h.createQuery("SELECT body FROM post_body WHERE post_id = ?").bind(0, postId).mapTo(String.class)
                    .findOne().orElse("");
            List<PostComment> have = CommentRows.threads(h, "post_comment", "post_id", postId);
            for (PostComment t : threads) {
                PostComment same = have.stream().filter(c -> CommentRows.same(c, t)).findFirst().orElse(null);
                long threadId = same != null ? same.id() : CommentRows.insert(h, postId, null, t, CommentRows.fit(t.anchor(), body));
                List<PostComment> haveReplies = same == null ? List.of() : same.replies();
                for (PostComment r : t.replies()) {
                    if (haveReplies.stream().noneMatch(c -> CommentRows.same(c, r))) CommentRows.insert(h, postId, threadId, r, null);
                }
            }
            CommentRows.recount(h, postId);
            Library.touch(h);
        });
    }

    private PostComment write(long postId, java.util.function.ToLongFunction<Handle> change) {
        return jdbi.inTransaction(h -> {
            long id = change.applyAsLong(h);
            CommentRows.recount(h, postId);
            Library.touch(h);
            return CommentRows.find(h, id).orElseThrow();
        });
    }
}
