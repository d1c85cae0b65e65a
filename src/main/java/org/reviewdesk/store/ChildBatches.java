package org.reviewdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.Meta;

/**
 * The child rows of many posts (body and lists, tags, extra keys), sent as three plain JDBC batches by
 * {@link #execute}, which also closes them.
 */
final class ChildBatches {
    private final PreparedStatement bodies;
    private final PreparedStatement tags;
    private final PreparedStatement extras;
    private int bodyRows;
    private int tagRows;
    private int extraRows;

    ChildBatches(Handle h) {
        Connection c = h.getConnection();
        try {
            bodies = c.prepareStatement(BodyRows.COLUMNS.insertSql());
            tags = c.prepareStatement(TagRows.COLUMNS.insertSql());
            extras = c.prepareStatement(ExtraRows.COLUMNS.insertSql());
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
    }

    /**
     * Replaces the child rows of one post (with {@code replace}) or writes its first ones. A replaced body carries the
     * post's comment anchors along in the same transaction: every path that changes a body comes through here.
     */
    static void write(Handle h, long id, String body, Meta m, boolean replace) {
        if (replace) {
            if (CommentRows.anchored(h, id)) {
                String old = h.createQuery("SELECT body FROM post_body WHERE post_id = ?").bind(0, id)
                        .mapTo(String.class).findOne().orElse("");
                CommentRows.reanchor(h, id, old, body);
            }
            h.execute("DELETE FROM post_body WHERE post_id = ?", id);
            h.execute("DELETE FROM post_extra WHERE post_id = ?", id);
            TagRows.delete(h, List.of(id));
        }
        ChildBatches batches = new ChildBatches(h);
        batches.add(id, body, m);
        batches.execute();
    }

    void add(long id, String body, Meta m) {
        try {
            BodyRows.COLUMNS.set(bodies, 1, new BodyRows.Body(id, body, m));
            bodies.addBatch();
            bodyRows++;
            tagRows += TagRows.add(tags, id, m);
            extraRows += ExtraRows.add(extras, id, m);
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
    }

    void execute() {
        try (bodies; tags; extras) {
            if (bodyRows > 0) bodies.executeBatch();
            if (tagRows > 0) tags.executeBatch();
            if (extraRows > 0) extras.executeBatch();
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
    }
}
