package org.reviewdesk.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
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
        long start = System.nanoTime();
        String postSql = PostRows.insertSql().replace("INSERT INTO post (", "INSERT INTO post (id, ").replace("VALUES (", "VALUES (:id, ");
        for (int from = 0; from < posts.size(); from += BATCH) {
            int first = from;
            int to = Math.min(posts.size(), from + BATCH);
            library.jdbi().useTransaction(h -> {
                PreparedBatch rows = h.prepareBatch(postSql);
                for (int i = first; i < to; i++) {
                    PostRows.bind(rows, posts.get(i)).bind("id", (long) i + 1).bind("edited_since_import", false).bind("now", PostRows.now()).add();
                }
                rows.execute();
                children(h, posts, first, to);
            });
        }
        return System.nanoTime() - start;
    }

    private static void children(Handle h, List<Post> posts, int from, int to) {
        PostRows.ChildBatches batches = new PostRows.ChildBatches(h);
        for (int i = from; i < to; i++) batches.add(i + 1, posts.get(i).body(), posts.get(i).meta());
        batches.execute();
    }
}
