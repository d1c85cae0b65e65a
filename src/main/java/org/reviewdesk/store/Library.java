package org.reviewdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One library: an H2 file database in a folder, migrated by Flyway and used through Jdbi. Opened in H2's
 * automatic mixed mode, so that the command line and the window can have the same library open at once
 * (docs/decisions/0003-shared-library-access.md).
 */
public final class Library implements AutoCloseable {
    static final String DATABASE = "library";

    private final Path folder;
    private final Jdbi jdbi;
    private final Connection keepAlive;
    private final JdbcConnectionPool pool;
    private final PostRepository posts;
    private final QueueRepository queue;
    private final RevisionRepository revisions;
    private final SavedViewRepository views;
    private final FindingRepository findings;
    private final SentenceStatRepository sentenceStats;

    private Library(Path folder, Jdbi jdbi, Connection keepAlive, JdbcConnectionPool pool, PostCodec codec) {
        this.folder = folder;
        this.pool = pool;
        this.jdbi = jdbi;
        this.keepAlive = keepAlive;
        this.posts = new PostRepository(jdbi, codec);
        this.revisions = new RevisionRepository(jdbi, codec, posts);
        this.posts.setRevisions(revisions);
        this.queue = new QueueRepository(jdbi, revisions);
        this.views = new SavedViewRepository(jdbi);
        this.findings = new FindingRepository(jdbi);
        this.sentenceStats = new SentenceStatRepository(jdbi);
    }

    /** Opens the library in {@code folder}, creating it on first use; a migration is preceded by a backup. */
    public static Library open(Path folder, PostCodec codec) throws LibraryException {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LibraryException("cannot create the library folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new LibraryException("the library folder " + dir + " is not writable; choose another with --library DIR");
        }
        Path file = dir.resolve(DATABASE + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new LibraryException("the library file " + file + " is read-only; Review Desk needs to write it");
        }
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE) + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64"
                + ";AUTO_COMPACT_FILL_RATE=" + AUTO_COMPACT_FILL_RATE;
        Connection keepAlive;
        try {
            keepAlive = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw new LibraryException(explain(dir, e), e);
        }
        try {
            keepAlive = migrate(dir, url, keepAlive);
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(8);
            return new Library(dir, Jdbi.create(pool), keepAlive, pool, codec);
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    /**
     * How full the file's chunks may fall (live pages, in per cent) before H2 rewrites them in the background. H2's
     * default, 90, had it rewriting a 100,000-post library (chunks 75 % full) at every open, on the processor the
     * window's start needed: 0.5 s more to interactive on two cores. At 50 the file holds at most about twice its
     * content before the background rewrites, and closing still compacts as before.
     */
    static final int AUTO_COMPACT_FILL_RATE = 50;

    /**
     * The migrations this build carries, in order (src/main/resources/db/migration). A library that has exactly these
     * applied, unchanged, is opened without Flyway, which costs about a second at every start (its classes and its
     * scan of the class path); anything else (a new library, a pending or failed migration, a changed file) goes
     * through Flyway, which migrates or explains.
     */
    static final List<String> MIGRATIONS = List.of("V1__library.sql", "V2__sentence_stats_and_search.sql",
            "V3__queue_sort_index.sql", "V4__lists_beside_the_body.sql", "V6__field_drafts.sql");

    /** Migrates the library if it needs it; returns the connection to keep (the backup may have replaced it). */
    private static Connection migrate(Path dir, String url, Connection connection) throws LibraryException {
        if (upToDate(connection)) return connection;
        Connection kept = connection;
        Flyway flyway = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        try {
            MigrationInfo[] pending = flyway.info().pending();
            MigrationInfo current = flyway.info().current();
            if (current != null && pending.length > 0) {
                kept = backup(dir, url, connection, pending[0]);
            }
            flyway.migrate();
            return kept;
        } catch (LibraryException e) {
            if (kept != connection) closeQuietly(kept);
            throw e;
        } catch (FlywayException e) {
            if (kept != connection) closeQuietly(kept);
            String m = String.valueOf(e.getMessage());
            if (m.contains("not resolved locally") || m.contains("newer")) {
                throw new LibraryException("the library at " + dir + " was written by a newer Review Desk; "
                        + "update Review Desk to open it (nothing was changed)", e);
            }
            if (m.contains("Validate failed") || m.contains("checksum")) {
                throw new LibraryException("the library at " + dir + " has a schema this build does not recognise "
                        + "(made by a development build?); open it with the build that made it, or restore it from "
                        + dir.resolve("backups") + " (nothing was changed)", e);
            }
            throw new LibraryException("the library at " + dir + " could not be prepared: " + firstLine(m), e);
        }
    }

    static boolean upToDate(Connection connection) {
        Map<String, Integer> applied = new HashMap<>();
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getBoolean(3)) return false;
                applied.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            return false; // no history yet: a new library
        }
        if (!applied.keySet().equals(new HashSet<>(MIGRATIONS))) return false;
        for (String script : MIGRATIONS) {
            Integer checksum = checksum(script);
            if (checksum == null || !checksum.equals(applied.get(script))) return false;
        }
        return true;
    }

    /** Flyway's checksum of a SQL migration: CRC32 over its lines' UTF-8 bytes, line breaks and a leading BOM left out. */
    static Integer checksum(String script) {
        var in = Library.class.getResourceAsStream("/db/migration/" + script);
        if (in == null) return null;
        CRC32 crc = new CRC32();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
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

    /**
     * A copy of the library taken before its schema changes, in {@code backups/}: the database file itself when no
     * other program has the library open (the connection is closed for the copy and opened again), otherwise H2's
     * online backup, a zip. The zip compresses the whole file, 60 s for a 100,000-post library here; the copy
     * took 3 s. Restoring either is putting its {@code library.mv.db} back in the folder.
     *
     * @return the connection to keep: a new one when the copy was taken
     */
    private static Connection backup(Path dir, String url, Connection connection, MigrationInfo next) throws LibraryException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = "library-" + stamp + "-before-V" + next.getVersion();
        Path backups;
        try {
            backups = Files.createDirectories(dir.resolve("backups"));
        } catch (IOException e) {
            throw backupFailed(dir, e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw backupFailed(dir, e);
        }
        boolean copied = copyIfAlone(dir.resolve(DATABASE + ".mv.db"), backups.resolve(name + ".mv.db"), dir);
        Connection reopened;
        try {
            reopened = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw new LibraryException(explain(dir, e), e);
        }
        if (copied) return reopened;
        Path target = backups.resolve(name + ".zip");
        try (var st = reopened.createStatement()) {
            st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            closeQuietly(reopened);
            throw backupFailed(dir, e);
        }
        return reopened;
    }

    /** Copies the closed database file while holding its lock, so that no one opens it meanwhile; false if in use. */
    private static boolean copyIfAlone(Path file, Path target, Path dir) throws LibraryException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = channel.tryLock()) {
            if (lock == null) return false;
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try {
                Files.copy(file, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw backupFailed(dir, e);
            }
            return true;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false; // this process has it open through another connection
        } catch (IOException e) {
            return false;
        }
    }

    private static LibraryException backupFailed(Path dir, Exception e) {
        return new LibraryException("the library at " + dir + " needs a schema update, and its backup failed ("
                + firstLine(e.getMessage()) + "); nothing was changed", e);
    }

    static String explain(Path dir, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("already in use") || m.contains("locked")) {
            return "the library at " + dir + " is in use by a program that cannot share it; close that program or choose "
                    + "another library with --library DIR";
        }
        if (m.contains("corrupted") || m.contains("File corrupted") || m.contains("not a valid") || m.contains("header")) {
            return "the file " + dir.resolve(DATABASE + ".mv.db") + " is not a Review Desk library or is damaged; "
                    + "restore it from " + dir.resolve("backups") + " or choose another library with --library DIR";
        }
        return "the library at " + dir + " cannot be opened: " + firstLine(m);
    }

    private static String firstLine(String m) {
        if (m == null) return "";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }

    public Path folder() {
        return folder;
    }

    public PostRepository posts() {
        return posts;
    }

    public QueueRepository queue() {
        return queue;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public SavedViewRepository views() {
        return views;
    }

    public FindingRepository findings() {
        return findings;
    }

    public SentenceStatRepository sentenceStats() {
        return sentenceStats;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** A number that changes whenever any process writes to the library; the window polls it. */
    public long changeStamp() {
        return jdbi.withHandle(h -> h.createQuery("SELECT stamp FROM library_change WHERE id = 1").mapTo(Long.class).one());
    }

    /** Every write transaction calls this, so that other processes notice the change. */
    static void touch(Handle h) {
        h.execute("UPDATE library_change SET stamp = stamp + 1 WHERE id = 1");
    }

    @Override
    public void close() {
        pool.dispose();
        closeQuietly(keepAlive);
    }
}
