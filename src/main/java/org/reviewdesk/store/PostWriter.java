package org.reviewdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.Post;

/** Writes posts' rows and child rows within the caller's transaction: one post, or a batch of new ones. */
final class PostWriter {
    private PostWriter() {
    }

    static void requireReference(Post post) {
        if (post.reference() == null || post.reference().isBlank()) {
            throw new IllegalArgumentException("a post needs a reference to be stored (title: " + post.title() + ")");
        }
        // Said here, naming the field: PostgreSQL's own refusal of a long value does not say which column it was.
        if (post.reference().length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("the reference is too long: " + post.reference().length()
                    + " characters, at most " + MAX_REFERENCE);
        }
    }

    /** The length of the post table's reference column (V1). */
    static final int MAX_REFERENCE = 400;

    /** A new post with its child rows; returns its id. */
    static long insert(Handle h, Post post, boolean edited) {
        long id = PostRows.bind(h.createUpdate(PostRows.insertSql()), post)
                .bind("edited_since_import", edited)
                .bind("now", Sql.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()
                .longValue();
        ChildBatches.write(h, id, post.body(), post.meta(), false);
        return id;
    }

    /** Writes a post's fields over row {@code id}; the row version goes up by one. */
    static void update(Handle h, long id, Post post) {
        PostRows.bind(h.createUpdate(PostRows.updateSql() + " WHERE id = :id"), post)
                .bind("now", Sql.now()).bind("id", id).execute();
        ChildBatches.write(h, id, post.body(), post.meta(), true);
    }

    /** New posts as one plain JDBC batch of rows and one of each kind of child row. */
    static void insertAll(Handle h, List<Post> posts, boolean edited) {
        List<Long> ids = new ArrayList<>(posts.size());
        OffsetDateTime now = Sql.now();
        try (PreparedStatement rows = h.getConnection().prepareStatement(PostRows.insertSqlPositional(false),
                new String[] {Dialect.of(h).generatedKey("id")})) {
            for (Post p : posts) PostRows.addRow(rows, 1, p, edited, now);
            rows.executeBatch();
            try (ResultSet keys = rows.getGeneratedKeys()) {
                while (keys.next()) ids.add(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
        if (ids.size() != posts.size()) throw new IllegalStateException("the database returned " + ids.size() + " ids for " + posts.size() + " posts");
        ChildBatches children = new ChildBatches(h);
        for (int i = 0; i < posts.size(); i++) children.add(ids.get(i), posts.get(i).body(), posts.get(i).meta());
        children.execute();
    }
}
