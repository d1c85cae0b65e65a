package org.reviewdesk.store;

import org.reviewdesk.model.library.DraftedPost;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * Local edits: a post saved against the row version it was read at, with the field drafts of the meta form, and a
 * post written in the library. Every write is one transaction.
 */
final class PostEdits {
    private final Jdbi jdbi;
    private final RevisionRepository revisions;

    PostEdits(Jdbi jdbi, RevisionRepository revisions) {
        this.jdbi = jdbi;
        this.revisions = revisions;
    }

    /** A post with its field drafts, read in one transaction. */
    Optional<DraftedPost> findWithDrafts(long id) {
        return jdbi.inTransaction(h -> PostLoader.find(h, id)
                .map(stored -> new DraftedPost(stored, FieldDraftRows.read(h, id))));
    }

    /** The field drafts of a post alone (none for a post that has none or is gone). */
    FieldDrafts drafts(long id) {
        return jdbi.withHandle(h -> FieldDraftRows.read(h, id));
    }

    /** The post written in one transaction with whatever {@code alsoWrite} adds; refused when someone saved since. */
    StoredPost save(long id, long expectedRowVersion, Post post, Consumer<Handle> alsoWrite) throws StaleEditException {
        PostWriter.requireStorable(post);
        Optional<StoredPost> stale = jdbi.inTransaction(h -> {
            revisions.keepImportedState(h, id);
            int n = PostRows.bind(h.createUpdate(PostRows.updateSql()
                            + ", edited_since_import = TRUE WHERE id = :id AND row_version = :expected"), post)
                    .bind("now", Sql.now()).bind("id", id).bind("expected", expectedRowVersion).execute();
            if (n == 0) {
                return Optional.of(PostLoader.find(h, id).orElseThrow(
                        () -> new IllegalStateException("the post was deleted by someone else")));
            }
            ChildBatches.write(h, id, post.body(), post.meta(), true);
            alsoWrite.accept(h);
            Library.touch(h);
            return Optional.<StoredPost>empty();
        });
        if (stale.isPresent()) throw new StaleEditException(stale.get());
        return find(id);
    }

    /** A post written in the library (not imported): it counts as edited locally from the start. */
    StoredPost create(Post post) {
        PostWriter.requireStorable(post);
        long id = jdbi.inTransaction(h -> {
            long newId = PostWriter.insert(h, post, true);
            Library.touch(h);
            return newId;
        });
        return find(id);
    }

    private StoredPost find(long id) {
        return jdbi.withHandle(h -> PostLoader.find(h, id)).orElseThrow();
    }
}
