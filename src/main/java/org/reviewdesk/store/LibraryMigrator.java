package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The library's schema: which of this build's migrations a library file has, the upgrade of an older one (after a
 * backup into {@code backups/}), and Flyway's migration itself. A library that is current is opened without Flyway;
 * the file's own steps, each all or nothing, are LibraryFile's.
 */
final class LibraryMigrator {
    /**
     * The migrations this build carries, in order (src/main/resources/db/migration). A library that has exactly these
     * applied, unchanged, is opened without Flyway, which costs a noticeable part of every start (its classes and its
     * scan of the class path, docs/performance.md); an older one is upgraded through Flyway.
     */
    static final List<String> MIGRATIONS = List.of("V1__library.sql", "V2__sentence_stats_and_search.sql",
            "V3__queue_sort_index.sql", "V4__lists_beside_the_body.sql", "V5__review_requirements.sql",
            "V6__field_drafts.sql", "V7__store_sync.sql", "V8__post_language.sql", "V9__library_settings.sql",
            "V10__comments.sql", "V11__spelling.sql", "V12__readability.sql", "V13__queue_sort_indexes.sql",
            "V14__post_presence.sql", "V15__finding_messages.sql", "V16__post_open_checks.sql",
            "V17__identity_cache.sql", "V18__queue_sort_covering.sql", "V19__unlisted_findings.sql");

    private LibraryMigrator() {
    }

    /** Opens a connection to the library again, after its file was replaced by the upgraded one. */
    interface Reconnect {
        Connection connect() throws LibraryException;
    }

    /**
     * Makes sure that the library on {@code connection} has this build's schema, upgrading an older one; returns the
     * connection to go on with, a new one after an upgrade. Refuses any other schema, and then leaves closing
     * {@code connection} to the caller; a new connection it made is closed on a refusal.
     */
    static Connection upToDate(Path dir, Connection connection, Reconnect reconnect,
                               java.util.function.Consumer<String> notices) throws LibraryException {
        Schema schema = Schema.of(connection);
        if (schema.state() != Schema.State.OLDER) {
            schema.requireCurrent(dir);
            return connection;
        }
        notices.accept("upgrading the library to this version of Review Desk (a copy of it as it was goes to "
                + dir.resolve("backups") + ")");
        closeQuietly(connection);
        LibraryFile.upgrade(dir, schema.nextVersion());
        Connection upgraded = reconnect.connect();
        try {
            Schema.of(upgraded).requireCurrent(dir);
            return upgraded;
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(upgraded);
            throw e;
        }
    }

    /** Runs this build's migrations through Flyway on {@code database}, then shuts it down so that it can be moved. */
    static void migrate(Path database, Path libraryForMessages) throws LibraryException {
        String url = "jdbc:h2:file:" + database;
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").loggers("slf4j")
                    .load().migrate();
            try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                 var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } catch (FlywayException | SQLException e) {
            String where = libraryForMessages == null ? "a new library" : "the library at " + libraryForMessages;
            throw new LibraryException("the schema of " + where + " could not be prepared ("
                    + LibraryFile.firstLine(e.getMessage()) + "); nothing was changed", e);
        }
    }

    /** The schema a library file has, read from Flyway's history, against the migrations this build carries. */
    record Schema(State state, String nextVersion, String detail) {
        enum State { CURRENT, OLDER, NEWER, FAILED, CHANGED, FOREIGN }

        static Schema of(Connection connection) {
            Map<String, Integer> applied = new HashMap<>();
            try (var st = connection.createStatement();
                 var rs = st.executeQuery("SELECT \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\" "
                         + "WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(3)) return new Schema(State.FAILED, null, rs.getString(1));
                    applied.put(rs.getString(1), rs.getInt(2));
                }
            } catch (SQLException e) {
                return new Schema(State.FOREIGN, null, null);
            }
            return against(applied);
        }

        /** The state of a library whose history holds {@code applied} (script to checksum), all of them successful. */
        private static Schema against(Map<String, Integer> applied) {
            if (applied.isEmpty()) return new Schema(State.FAILED, null, MIGRATIONS.get(0) + " did not finish");
            for (String script : applied.keySet()) {
                if (!MIGRATIONS.contains(script)) {
                    boolean newer = version(script) > version(MIGRATIONS.get(MIGRATIONS.size() - 1));
                    return new Schema(newer ? State.NEWER : State.CHANGED, null, script);
                }
            }
            String next = null;
            for (String script : MIGRATIONS) {
                Integer stored = applied.get(script);
                if (stored == null) {
                    if (next == null) next = String.valueOf(version(script));
                } else if (next != null || !stored.equals(checksum(script))) {
                    return new Schema(State.CHANGED, null, script);
                }
            }
            return next == null ? new Schema(State.CURRENT, null, null) : new Schema(State.OLDER, next, null);
        }

        private static int version(String script) {
            return Integer.parseInt(script.substring(1, script.indexOf("__")));
        }

        /** Refuses, saying what to do about it, a library that does not have this build's schema. */
        void requireCurrent(Path dir) throws LibraryException {
            switch (state) {
                case CURRENT -> { }
                case NEWER -> throw new LibraryException("the library at " + dir + " was written by a newer Review Desk ("
                        + detail + "); update Review Desk to open it (nothing was changed)");
                case FAILED -> throw new LibraryException("the library at " + dir + " was left half-built by a schema "
                        + "update that did not finish (" + detail + ", made by an earlier Review Desk that was stopped "
                        + "while it ran); put back its copy from " + dir.resolve("backups") + " (the newest "
                        + "library-…-before-V….mv.db, renamed library.mv.db), or, if it was a new library, delete "
                        + LibraryFile.database(dir) + " (nothing was changed)");
                case CHANGED -> throw new LibraryException("the library at " + dir + " has a schema this build does not "
                        + "recognise (" + detail + " differs, made by a development build?); open it with the build that "
                        + "made it, or restore it from " + dir.resolve("backups") + " (nothing was changed)");
                case FOREIGN -> throw new LibraryException("the file " + LibraryFile.database(dir) + " is an H2 database "
                        + "but not a Review Desk library; choose another library with --library DIR (nothing was changed)");
                case OLDER -> throw new LibraryException("the library at " + dir + " still needs its schema update to V"
                        + nextVersion + " (nothing was changed)");
            }
        }
    }

    /** Flyway's checksum of a SQL migration: CRC32 over its lines' UTF-8 bytes, line breaks and a leading BOM left out. */
    static Integer checksum(String script) {
        return checksum("/db/migration/", script);
    }

    /** The checksum of {@code script} in the resource folder {@code folder} (ending in a slash). */
    static Integer checksum(String folder, String script) {
        var in = LibraryMigrator.class.getResourceAsStream(folder + script);
        if (in == null) return null;
        CRC32 crc = new CRC32();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) line = line.substring(1);
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return null;
        }
        return (int) crc.getValue();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing before the file is replaced, or after a refusal: the refusal is the one to report
        }
    }
}
