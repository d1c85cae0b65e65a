package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
    private final SpellingRepository spelling;
    private final SentenceStatRepository sentenceStats;
    private final ReviewRepository reviews;
    private final CommentRepository comments;
    private final SettingRepository settings;
    private final TellEntryRepository tells;

    private Library(Path folder, Jdbi jdbi, Connection keepAlive, JdbcConnectionPool pool, PostCodec codec) {
        this.folder = folder;
        this.pool = pool;
        this.jdbi = jdbi;
        if (Boolean.getBoolean(FX_THREAD_GUARD)) jdbi.getConfig(org.jdbi.v3.core.Handles.class).addListener(new FxThreadGuard());
        this.keepAlive = keepAlive;
        this.revisions = new RevisionRepository(jdbi, codec);
        this.posts = new PostRepository(jdbi, codec, revisions);
        this.queue = new QueueRepository(jdbi, revisions);
        this.views = new SavedViewRepository(jdbi);
        this.findings = new FindingRepository(jdbi);
        this.spelling = new SpellingRepository(jdbi);
        this.sentenceStats = new SentenceStatRepository(jdbi);
        this.reviews = new ReviewRepository(jdbi, revisions);
        this.comments = new CommentRepository(jdbi);
        this.settings = new SettingRepository(jdbi);
        this.tells = new TellEntryRepository(jdbi);
    }

    /**
     * Opens the library in {@code folder}, creating it on first use. A new library is made whole before it takes the
     * library's name, and an older one is upgraded on a copy after a backup (LibraryFile), so that a process killed
     * meanwhile leaves a library that opens.
     */
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
        Path file = LibraryFile.database(dir);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new LibraryException("the library file " + file + " is read-only; Review Desk needs to write it");
        }
        LibraryFile.removeLeftovers(dir);
        if (!Files.exists(file)) LibraryFile.create(dir);
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE;QUERY_CACHE_SIZE=64;WRITE_DELAY=0"
                + ";AUTO_COMPACT_FILL_RATE=" + AUTO_COMPACT_FILL_RATE;
        Connection keepAlive = connect(dir, url);
        try {
            keepAlive = LibraryMigrator.upToDate(dir, keepAlive, () -> connect(dir, url));
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(8);
            return new Library(dir, Jdbi.create(pool), keepAlive, pool, codec);
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    /** Connects, and finishes what a process killed in the middle of a commit left holding its rows (LeftoverCommits). */
    private static Connection connect(Path dir, String url) throws LibraryException {
        Connection connection = null;
        for (int attempt = 1; connection == null; attempt++) {
            try {
                connection = DriverManager.getConnection(url, "sa", "");
            } catch (SQLException e) {
                // A process killed a moment ago leaves a lock file that its watchdog touched; H2 takes it over only once
                // it is a few seconds old, and says so instead of waiting. A window started right after a crash waits.
                if (!String.valueOf(e.getMessage()).contains("Lock file recently modified") || attempt == STALE_LOCK_ATTEMPTS) {
                    throw new LibraryException(explain(dir, e), e);
                }
                sleep(1000);
            }
        }
        try {
            LeftoverCommits.finish(connection);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new LibraryException("the library at " + dir + " cannot be opened: " + firstLine(e.getMessage()), e);
        }
    }

    private static final int STALE_LOCK_ATTEMPTS = 10;

    /**
     * Set in the test runs: a library used on the JavaFX application thread fails there, loudly, instead of stalling
     * the window for as long as the query takes. The store cannot see JavaFX, so the thread is known by its name.
     */
    static final String FX_THREAD_GUARD = "reviewdesk.fxThreadGuard";

    private static final class FxThreadGuard implements org.jdbi.v3.core.HandleListener {
        @Override
        public void handleCreated(Handle handle) {
            if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
                throw new IllegalStateException("the library was used on the JavaFX application thread, which must never "
                        + "wait on the database; run this through the window's background executor");
            }
        }
    }

    private static void sleep(long millis) throws LibraryException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("opening the library was interrupted", e);
        }
    }

    /**
     * How full the file's chunks may fall (live pages, in per cent) before H2 rewrites them in the background. H2's
     * default, 90, had it rewriting a large library (its chunks 75 % full) at every open, on the processor the
     * window's start needed (docs/performance.md). At 50 the file holds at most about twice its content before the
     * background rewrites, and closing still compacts as before.
     */
    static final int AUTO_COMPACT_FILL_RATE = 50;

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
        return LibraryFile.firstLine(m);
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

    /** The library's dictionary and the words each post ignores. */
    public SpellingRepository spelling() {
        return spelling;
    }

    /** The library's additions to and switched-off entries of the tell checks' lists. */
    public TellEntryRepository tells() {
        return tells;
    }

    public SentenceStatRepository sentenceStats() {
        return sentenceStats;
    }

    /** The review checklist, its ticks on each post, and which checks' findings keep a post from being reviewed. */
    public ReviewRepository reviews() {
        return reviews;
    }

    /** The library's own settings (spelling language, thresholds, the author name of comments). */
    public SettingRepository settings() {
        return settings;
    }

    /** The editorial comments on the posts' text. */
    public CommentRepository comments() {
        return comments;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** A number that changes whenever any process writes to the library; the window polls it. */
    public long changeStamp() {
        return jdbi.withHandle(h -> h.createQuery("SELECT stamp FROM library_change WHERE id = 1").mapTo(Long.class).one());
    }

    /**
     * Every write transaction calls this, so that other processes notice the change, and so that the transaction is on
     * the disk, where the next open finds it, before it returns (StoreSync, docs/decisions/0010-durable-saves.md).
     */
    static void touch(Handle h) {
        h.execute("UPDATE library_change SET stamp = stamp + 1 WHERE id = 1");
        if (Boolean.TRUE.equals(h.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).getAttribute(SYNC_PENDING))) return;
        h.define(SYNC_PENDING, true);
        h.afterCommit(() -> {
            h.define(SYNC_PENDING, false);
            h.execute("CALL RD_SYNC_STORE()");
        });
        h.afterRollback(() -> h.define(SYNC_PENDING, false));
    }

    private static final String SYNC_PENDING = "reviewdesk.syncPending";

    @Override
    public void close() {
        pool.dispose();
        closeQuietly(keepAlive);
    }
}
