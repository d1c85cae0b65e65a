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

    /** A text column of the post table, the field it holds as the meta form names it, and its length (V1, V8, V12). */
    private record Limit(String column, String field, int max) {
    }

    /** The text columns of a post's row that have a length; the others (summary, AI brief) hold any text. */
    private static final List<Limit> LIMITS = List.of(new Limit("reference", "reference", 400),
            new Limit("title", "title", 4000), new Limit("topic", "topic", 4000),
            new Limit("outline_context", "AI outline's context", 4000), new Limit("outline_problem", "AI outline's problem", 4000),
            new Limit("outline_stack", "AI outline's stack", 4000), new Limit("outline_action", "AI outline's recommended action", 4000),
            new Limit("code_language", "code language", 200), new Limit("language", "language", 200),
            new Limit("difficulty", "difficulty", 200), new Limit("status", "revision status", 200),
            new Limit("version", "revision version", 200), new Limit("hash", "hash", 400),
            new Limit("payload_source_id", "payload's source id", 4000), new Limit("payload_generator", "payload's generator", 4000),
            new Limit("payload_scenario", "payload's scenario", 4000));

    /** The length of each length-bound text column of the post row, as this class holds posts to it. */
    static java.util.Map<String, Integer> limits() {
        java.util.Map<String, Integer> byColumn = new java.util.LinkedHashMap<>();
        for (Limit limit : LIMITS) byColumn.put(limit.column(), limit.max());
        return byColumn;
    }

    /**
     * Refuses a post the post table cannot hold, with a sentence that names the field: a post without a reference, or
     * a field longer than its column. Said here because PostgreSQL's own refusal of a long value does not say which
     * column it was, and a failure's message carries no SQL (FailureMessages).
     */
    static void requireStorable(Post post) {
        if (post.reference() == null || post.reference().isBlank()) {
            throw new IllegalArgumentException("a post needs a reference to be stored (title: " + post.title() + ")");
        }
        for (Limit limit : LIMITS) {
            if (PostRows.COLUMNS.value(limit.column(), post) instanceof String s && s.length() > limit.max()) {
                throw new IllegalArgumentException("the " + limit.field() + " is too long: " + s.length()
                        + " characters, at most " + limit.max());
            }
        }
    }

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
