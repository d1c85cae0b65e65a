package org.reviewdesk.store;

import org.reviewdesk.model.library.PostSummary;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The trash: posts moved there and back, listed, and deleted for good with their revisions and tags. */
final class PostTrash {
    private final Jdbi jdbi;

    PostTrash(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Moves the post to the trash; false, and nothing written, when it was there already. */
    boolean trash(long id) {
        return write("UPDATE post SET deleted_at = CURRENT_TIMESTAMP, in_trash = TRUE, row_version = row_version + 1 "
                + "WHERE id = ? AND in_trash = FALSE", id);
    }

    /** Takes the post out of the trash; false, and nothing written, when it was not in it. */
    boolean restore(long id) {
        return write("UPDATE post SET deleted_at = NULL, in_trash = FALSE, row_version = row_version + 1 "
                + "WHERE id = ? AND in_trash = TRUE", id);
    }

    private boolean write(String sql, long id) {
        return jdbi.inTransaction(h -> {
            boolean changed = h.execute(sql, id) > 0;
            if (changed) Library.touch(h);
            return changed;
        });
    }

    /** The posts in the trash, the last trashed first. */
    List<PostSummary> trashed() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PostSummaries.COLUMNS + " FROM post WHERE in_trash = TRUE "
                + "ORDER BY deleted_at DESC").map((rs, ctx) -> PostSummaries.summary(rs)).list());
    }

    /** The ids of the posts in the trash. */
    List<Long> trashedIds() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE in_trash = TRUE").mapTo(Long.class).list());
    }

    /** Deletes the posts in the trash for good, with their revisions; returns how many. */
    int empty() {
        return jdbi.inTransaction(h -> {
            TagRows.delete(h, h.createQuery("SELECT id FROM post WHERE in_trash = TRUE").mapTo(Long.class).list());
            int n = h.execute("DELETE FROM post WHERE in_trash = TRUE");
            Library.touch(h);
            return n;
        });
    }
}
