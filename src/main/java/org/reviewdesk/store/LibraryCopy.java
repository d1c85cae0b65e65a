package org.reviewdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.library.LibrarySettings;

/**
 * Copies every row of one library into another, empty one, of either kind (an H2 folder to a PostgreSQL database and
 * back): table by table in the order of their references, ids kept, so that revisions, comments and findings stay
 * with their posts; then each target's counters are set past the copied ids. Counting and comparing afterwards is
 * {@link #counts}.
 */
public final class LibraryCopy {
    /** The tables in an order that inserts every referenced row before the rows that refer to it. */
    static final List<String> TABLES = List.of("post", "post_body", "post_tag", "post_extra", "post_field_draft",
            "revision", "revision_comment", "post_comment", "finding_message", "finding", "finding_unlisted", "finding_dismissal", "post_open_checks", "check_setting",
            "review_checklist_item", "review_tick", "review_error_check", "saved_view", "sentence_stat",
            "sentence_stat_info", "library_setting", "library_word", "post_ignored_word", "tell_entry");
    /** Columns the database computes; they are never written. */
    private static final Set<String> COMPUTED = Set.of("freshness_key", "views_key");
    private static final Map<String, String> ORDER = Map.of("post_comment", "id", "revision", "id", "post", "id");
    private static final int BATCH = 500;
    /**
     * The library-wide {@code user.name} row of versions before names were kept per account: on a folder library it
     * still names the owner who set it, on a team library nobody (SettingsService). It is not copied to or from a team
     * library, where it would name, or has named, whoever last set it; and it is not counted, so that a copy that
     * leaves it out still compares equal.
     */
    private static final String LEGACY_USER_NAME = "name = '" + LibrarySettings.USER_NAME + "'";

    private LibraryCopy() {
    }

    /** Rows per table: the figures a copy is checked by. */
    public static Map<String, Long> counts(Library library) {
        return library.jdbi().withHandle(h -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String t : TABLES) counts.put(t, h.createQuery("SELECT COUNT(*) FROM " + t + leavingOut(t)).mapTo(Long.class).one());
            return counts;
        });
    }

    /**
     * A digest of every post's reference, title, body and meta columns in reference order: equal digests mean the
     * posts read the same in both libraries, whatever their database.
     */
    public static String digest(Library library) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        library.jdbi().useHandle(h -> h.createQuery("SELECT p.reference, p.title, p.topic, p.summary, p.version, "
                        + "p.row_version, b.body, b.stack, b.tools, b.checklist, b.notes, b.entities, b.image_sources "
                        + "FROM post p JOIN post_body b ON b.post_id = p.id ORDER BY p.reference")
                .map((rs, ctx) -> {
                    for (int i = 1; i <= 13; i++) {
                        sha.update(String.valueOf(rs.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                    }
                    return 1;
                }).forEach(x -> { }));
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** Copies {@code from} into {@code to}, which must hold no posts; {@code progress} hears each table's row count. */
    public static void copy(Library from, Library to, Consumer<String> progress) {
        if (counts(to).get("post") > 0) {
            throw new IllegalArgumentException("the library at " + to.address().display() + " already holds posts; copy "
                    + "into a new library (an empty folder or an empty database)");
        }
        boolean withLegacyName = !from.isShared() && !to.isShared();
        from.jdbi().useHandle(source -> to.jdbi().useTransaction(target -> {
            for (String table : TABLES) {
                target.execute("DELETE FROM " + table);
                String where = withLegacyName ? "" : leavingOut(table);
                long rows;
                try {
                    rows = copyTable(source, target, table, where);
                } catch (SQLException e) {
                    throw Sql.refused(e);
                }
                progress.accept(table + ": " + rows);
            }
            resetCounters(target);
            Library.touch(target);
        }));
    }

    /** The condition that leaves the legacy {@code user.name} row out of {@code table}, or nothing for another table. */
    private static String leavingOut(String table) {
        return table.equals("library_setting") ? " WHERE NOT (" + LEGACY_USER_NAME + ")" : "";
    }

    private static long copyTable(Handle source, Handle target, String table, String where) throws SQLException {
        Connection in = source.getConnection();
        String order = ORDER.containsKey(table) ? " ORDER BY " + ORDER.get(table) : "";
        try (var st = in.createStatement()) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + where + order)) {
                ResultSetMetaData md = rs.getMetaData();
                List<Integer> columns = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (COMPUTED.contains(name)) continue;
                    columns.add(i);
                    names.add(name);
                }
                return insertAll(rs, columns, target.getConnection().prepareStatement("INSERT INTO " + table + " ("
                        + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)"));
            }
        }
    }

    private static long insertAll(ResultSet rs, List<Integer> columns, PreparedStatement insert) throws SQLException {
        long rows = 0;
        try (insert) {
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) insert.setObject(i + 1, rs.getObject(columns.get(i)));
                insert.addBatch();
                if (++rows % BATCH == 0) insert.executeBatch();
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** New posts, revisions, comments and findings get ids after the copied ones; new changes sort after them. */
    private static void resetCounters(Handle h) {
        Dialect dialect = Dialect.of(h);
        for (String table : List.of("post", "revision", "post_comment", "finding")) {
            long next = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).mapTo(Long.class).one();
            h.execute(dialect.restartIdentity(table, next));
        }
        long seq = h.createQuery("SELECT COALESCE(MAX(change_seq), 0) + 1 FROM post").mapTo(Long.class).one();
        h.execute(dialect.restartSequence("post_change", seq));
    }
}
