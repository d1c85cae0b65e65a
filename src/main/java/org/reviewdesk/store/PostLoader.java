package org.reviewdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.StoredPost;

/**
 * Rebuilds whole posts from their rows exactly: absent groups and lists stay absent (the presence bits), unknown
 * keys keep their order.
 */
final class PostLoader {
    private static final String SELECT = "SELECT p.id, p.row_version, p.updated_at, p.edited_since_import, p.assignee, "
            + PostRows.COLUMNS.names("p.") + ", " + BodyRows.select()
            + " FROM post p JOIN post_body b ON b.post_id = p.id WHERE p.id IN (<ids>)";

    private PostLoader() {
    }

    /** A post's row and body before its extra keys are attached. */
    private record Row(long id, long rowVersion, Instant updatedAt, boolean editedSinceImport, String assignee,
                       String title, String body, Meta.Builder meta) {
        static Row of(ResultSet rs) throws SQLException {
            ColumnTable<Post>.Values values = PostRows.COLUMNS.read(rs);
            Meta.Builder meta = PostRows.meta(values);
            BodyRows.intoMeta(meta, rs, rs.getInt("present_lists"));
            return new Row(rs.getLong("id"), rs.getLong("row_version"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getBoolean("edited_since_import"),
                    rs.getString("assignee"), values.string("title"), rs.getString("body"), meta);
        }

        StoredPost toStoredPost(Map<String, Object> extra) {
            meta.extra(extra);
            return new StoredPost(id, new Post(title, body, meta.build()), rowVersion, updatedAt, editedSinceImport, assignee);
        }
    }

    /** The post with this id, if there is one. */
    static Optional<StoredPost> find(Handle h, long id) {
        return load(h, List.of(id)).stream().findFirst();
    }

    /** Loads whole posts by id, in the order given; an id without a post is left out. */
    static List<StoredPost> load(Handle h, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Long id : ids) rows.put(id, null);
        h.createQuery(SELECT).bindList("ids", ids).map((rs, ctx) -> Row.of(rs)).forEach(r -> rows.put(r.id(), r));
        rows.values().removeIf(Objects::isNull);
        if (rows.isEmpty()) return List.of();
        Map<Long, Map<String, Object>> extras = ExtraRows.read(h, List.copyOf(rows.keySet()));
        return rows.values().stream().map(r -> r.toStoredPost(extras.getOrDefault(r.id(), Map.of()))).toList();
    }
}
