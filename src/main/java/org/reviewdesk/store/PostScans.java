package org.reviewdesk.store;

import org.reviewdesk.model.library.StoredPost;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.store.PostRepository.Indexed;

/**
 * Reads of every post, a chunk at a time so that memory stays flat: whole posts, bodies alone, the ids, and what
 * changed since the search index last looked.
 */
final class PostScans {
    private static final int CHUNK = 500;

    private final Jdbi jdbi;
    private final PostTrash trash;

    PostScans(Jdbi jdbi, PostTrash trash) {
        this.jdbi = jdbi;
        this.trash = trash;
    }

    /** The ids of the posts not in the trash. */
    List<Long> ids() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE in_trash = FALSE").mapTo(Long.class).list());
    }

    /** Every post not in the trash, in id order. */
    void forEach(Consumer<StoredPost> action) {
        Set<Long> trashed = new HashSet<>(trash.trashedIds());
        long after = 0;
        while (true) {
            long from = after;
            // Paged by primary key alone, so that no page needs a sort; with "not in the trash" in the query,
            // H2 took the trash index and sorted all rows again for every page.
            List<Long> ids = jdbi.withHandle(h -> h.createQuery(
                            "SELECT id FROM post WHERE id > ? ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY")
                    .bind(0, from).mapTo(Long.class).list());
            if (ids.isEmpty()) return;
            after = ids.get(ids.size() - 1);
            List<Long> kept = ids.stream().filter(id -> !trashed.contains(id)).toList();
            jdbi.withHandle(h -> PostLoader.load(h, kept)).forEach(action);
        }
    }

    /** The body of every post not in the trash, in id order; no meta is read. */
    void forEachBody(Consumer<String> action) {
        Set<Long> trashed = new HashSet<>(trash.trashedIds());
        long after = 0;
        while (true) {
            long from = after;
            List<Map.Entry<Long, String>> chunk = jdbi.withHandle(h -> h.createQuery(
                            "SELECT post_id, body FROM post_body WHERE post_id > ? ORDER BY post_id FETCH FIRST " + CHUNK + " ROWS ONLY")
                    .bind(0, from).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list());
            if (chunk.isEmpty()) return;
            after = chunk.get(chunk.size() - 1).getKey();
            for (Map.Entry<Long, String> e : chunk) {
                if (!trashed.contains(e.getKey())) action.accept(e.getValue());
            }
        }
    }

    /**
     * The posts changed after change number {@code after}, in the order of their change numbers, at most
     * {@code limit}: what the search index has not seen yet. The text is the title, topic, reference and body.
     */
    List<Indexed> changedSince(long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.change_seq, p.in_trash, p.title, p.title_key, p.topic, "
                        + "p.reference, b.body FROM post p" + Dialect.of(h).indexHint("post_change_seq") + " JOIN post_body b ON b.post_id = p.id "
                        + "WHERE p.change_seq > ? ORDER BY p.change_seq FETCH FIRST " + limit + " ROWS ONLY")
                .bind(0, after)
                .map((rs, ctx) -> new Indexed(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(5), rs.getString(7),
                        String.join("\n", rs.getString(4), nullToEmpty(rs.getString(6)), rs.getString(7), rs.getString(8))))
                .list());
    }

    /** The ids of the posts outside the trash changed after change number {@code after}, in that order. */
    List<Long> idsChangedSince(long after) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post" + Dialect.of(h).indexHint("post_change_seq") + " WHERE change_seq > ? "
                + "AND in_trash = FALSE ORDER BY change_seq").bind(0, after).mapTo(Long.class).list());
    }

    /** The newest change number so far. */
    long lastChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(change_seq), 0) FROM post").mapTo(Long.class).one());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
