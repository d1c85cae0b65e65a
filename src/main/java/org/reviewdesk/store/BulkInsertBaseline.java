package org.reviewdesk.store;

import java.sql.PreparedStatement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.Post;

/**
 * The fastest way these rows go into H2: plain JDBC batches of a thousand posts per transaction, with ids
 * assigned up front and no checks. The benchmark compares the import with it, so that the import's speed is
 * judged against the engine's own limit on the same machine in the same run.
 */
public final class BulkInsertBaseline {
    private static final int BATCH = 1000;

    private BulkInsertBaseline() {
    }

    /** Inserts the posts, with their child rows, into an empty library; returns nanoseconds. */
    public static long insert(Library library, List<Post> posts) {
        return insertFrom(library, posts, 0);
    }

    /** As {@link #insert}, numbering the new rows after {@code firstId} (to fill a library in several calls). */
    public static long insertFrom(Library library, List<Post> posts, long firstId) {
        long start = System.nanoTime();
        String postSql = PostRows.insertSqlPositional(true);
        for (int from = 0; from < posts.size(); from += BATCH) {
            int first = from;
            int to = Math.min(posts.size(), from + BATCH);
            library.jdbi().useTransaction(h -> {
                java.time.OffsetDateTime now = Sql.now();
                try (PreparedStatement rows = h.getConnection().prepareStatement(postSql)) {
                    for (int i = first; i < to; i++) {
                        rows.setLong(1, firstId + i + 1);
                        PostRows.addRow(rows, 2, posts.get(i), false, now);
                    }
                    rows.executeBatch();
                } catch (java.sql.SQLException e) {
                    throw Sql.refused(e);
                }
                children(h, posts, first, to, firstId);
            });
        }
        return System.nanoTime() - start;
    }

    private static void children(Handle h, List<Post> posts, int from, int to, long firstId) {
        ChildBatches batches = new ChildBatches(h);
        for (int i = from; i < to; i++) batches.add(firstId + i + 1, posts.get(i).body(), posts.get(i).meta());
        batches.execute();
    }
}
