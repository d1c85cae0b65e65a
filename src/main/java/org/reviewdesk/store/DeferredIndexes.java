package org.reviewdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The indexes whose entries go in at random places, as the migrations left them, in a folder library: the queue's
 * sorted orders (V18), its priority order, the title order and the stack and tools items (V4). An import of many posts
 * into a library holding fewer builds them after its rows instead of entry by entry (decision 0021, 0022): each post
 * put an entry at a random place in each of them, and H2 wrote every page an entry touched again at the next commit,
 * most of what an import wrote. Queries that hint at one of them run without the hint meanwhile
 * ({@link Dialect#hinted}). A library found without one of them (a process killed during such an import) gets it
 * back when it is opened.
 */
final class DeferredIndexes {
    /** Name, and the table and columns of each. */
    static final Map<String, String> DEFERRED = definitions();

    private DeferredIndexes() {
    }

    private static Map<String, String> definitions() {
        String filter = ", reference, needs_review, freshness_key";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("post_queue", "post (in_trash, needs_review DESC, freshness_key, views_key DESC, id)");
        m.put("post_title", "post (in_trash, title_key" + filter + ")");
        m.put("post_stale", "post (in_trash, freshness_key, reference, needs_review)");
        m.put("post_reading_ease", "post (in_trash, reading_ease" + filter + ")");
        m.put("post_sort_status", "post (in_trash, status" + filter + ")");
        m.put("post_sort_version", "post (in_trash, version_key" + filter + ")");
        m.put("post_sort_quality", "post (in_trash, quality" + filter + ")");
        m.put("post_sort_last_reviewed", "post (in_trash, last_reviewed" + filter + ")");
        m.put("post_sort_view_count", "post (in_trash, view_count" + filter + ")");
        m.put("post_sort_findings", "post (in_trash, findings_total" + filter + ")");
        m.put("post_sort_assignee", "post (in_trash, assignee" + filter + ")");
        m.put("post_sort_open_comments", "post (in_trash, open_comments" + filter + ")");
        m.put("post_tag_key", "post_tag (list, item_key, item)");
        return Collections.unmodifiableMap(m);
    }

    /**
     * Drops them for a large import; false (and every one of them kept) when the table could not be locked for it:
     * another program is writing, and the import then goes on with them.
     */
    static boolean drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            int timeout = lockTimeout(st);
            st.execute("SET LOCK_TIMEOUT 2000");
            try {
                for (String name : DEFERRED.keySet()) st.execute("DROP INDEX IF EXISTS " + name);
                return true;
            } catch (SQLException e) {
                ensure(c);
                return false;
            } finally {
                st.execute("SET LOCK_TIMEOUT " + timeout);
            }
        }
    }

    /**
     * On opening, creates the ones a process killed during a large import left out; only when no other program has
     * the library open, since one that has may be importing without them, and builds them when it ends.
     */
    static void repairIfAlone(Connection c, Consumer<String> notices) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (FileCompaction.sessions(st) > 1) return;
        }
        ensure(c, () -> notices.accept(REBUILDING));
    }

    /** What opening says while it builds them again: at 100,000 posts it takes half a minute. */
    static final String REBUILDING = "building the library's indexes again (an import was interrupted before it "
            + "built them)";

    /**
     * Creates the ones the library lacks, waiting up to a minute for writers to let go of the table; returns how many
     * were created.
     */
    static int ensure(Connection c) throws SQLException {
        return ensure(c, () -> { });
    }

    /** As {@link #ensure(Connection)}, running {@code beforeBuilding} first when one is missing. */
    static int ensure(Connection c, Runnable beforeBuilding) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('POST', 'POST_TAG')")) {
                while (rs.next()) present.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
            if (present.containsAll(DEFERRED.keySet())) return 0;
            beforeBuilding.run();
            int timeout = lockTimeout(st);
            st.execute("SET LOCK_TIMEOUT 60000");
            int created = 0;
            try {
                for (Map.Entry<String, String> index : DEFERRED.entrySet()) {
                    if (present.contains(index.getKey())) continue;
                    st.execute("CREATE INDEX IF NOT EXISTS " + index.getKey() + " ON " + index.getValue());
                    created++;
                }
            } finally {
                st.execute("SET LOCK_TIMEOUT " + timeout);
            }
            return created;
        }
    }

    private static int lockTimeout(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT LOCK_TIMEOUT()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
