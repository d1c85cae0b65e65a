package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * One person's library: an H2 file database in a folder, migrated by Flyway. Opened in H2's automatic mixed mode, so
 * that the command line and the window can have the same library open at once
 * (docs/decisions/0003-shared-library-access.md).
 */
final class H2Library {
    private H2Library() {
    }

    /**
     * Opens the library in {@code folder}, creating it on first use. A new library is made whole before it takes the
     * library's name, and an older one is upgraded on a copy after a backup (LibraryFile), so that a process killed
     * meanwhile leaves a library that opens.
     */
    static Library open(Path folder, PostCodec codec, java.util.function.Consumer<String> notices) throws LibraryException {
        return open(folder, codec, notices, null);
    }

    /**
     * As above; given {@code acceptedAsFound}, a file that holds fewer changes than were written to it is opened as it
     * is, and becomes the library, instead of being refused (ChangeMark); it is set to whether the file was behind.
     */
    static Library open(Path folder, PostCodec codec, java.util.function.Consumer<String> notices,
                        java.util.concurrent.atomic.AtomicBoolean acceptedAsFound)
            throws LibraryException {
        Path dir = folder.toAbsolutePath().normalize();
        prepareFile(dir);
        String url = url(dir);
        Connection keepAlive = connect(dir, url);
        try {
            boolean behind = checkNotBehind(dir, keepAlive, acceptedAsFound != null);
            if (acceptedAsFound != null) acceptedAsFound.set(behind);
            keepAlive = LibraryMigrator.upToDate(dir, keepAlive, () -> connect(dir, url), notices);
            DeferredIndexes.repairIfAlone(keepAlive, notices);
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(8);
            Connection held = keepAlive;
            Jdbi jdbi = Jdbi.create(pool);
            jdbi.define(Library.CHANGE_MARK, ChangeMark.file(dir));
            return new Library(new LibraryAddress.Folder(dir.toString()), dir, jdbi, Dialect.H2, codec, () -> {
                pool.dispose();
                compactIfAlone(held, dir);
                closeQuietly(held);
            });
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        } catch (SQLException e) {
            closeQuietly(keepAlive);
            throw new LibraryException("could not build the queue's indexes of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The folder made, the file writable, and a library file made new where there was none (LibraryFile). */
    private static void prepareFile(Path dir) throws LibraryException {
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
        if (!Files.exists(file)) {
            removeMark(dir);
            LibraryFile.create(dir);
        }
    }

    private static boolean checkNotBehind(Path dir, Connection connection, boolean acceptAsFound) throws LibraryException {
        try {
            return ChangeMark.checkNotBehind(dir, connection, acceptAsFound);
        } catch (SQLException e) {
            throw new LibraryException("the library at " + dir + " cannot be opened: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * A library made new in a folder starts without the mark of one that was there before (ChangeMark), nor its size
     * after its last compaction (FileCompaction).
     */
    private static void removeMark(Path dir) throws LibraryException {
        try {
            ChangeMark.remove(dir);
            Files.deleteIfExists(dir.resolve(FileCompaction.COMPACTED_SIZE));
        } catch (IOException e) {
            throw new LibraryException("cannot create a library in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String url(Path dir) {
        // AUTO_RECONNECT: the first program to open a library serves it to the others; when it ends, they connect again
        // (one of them serving it now) instead of failing with "session closed".
        return "jdbc:h2:file:" + dir.resolve(Library.DATABASE) + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;IFEXISTS=TRUE"
                + ";QUERY_CACHE_SIZE=64;WRITE_DELAY=0;MAX_COMPACT_TIME=0"
                + ";AUTO_COMPACT_FILL_RATE=" + AUTO_COMPACT_FILL_RATE;
    }

    /**
     * {@code library compact}: gives the file's unused space back now, telling {@code fileBytes} its size as it shrinks;
     * returns its size before and after. Refused while another program has the library open (FileCompaction).
     */
    static long[] compact(Path folder, java.util.function.LongConsumer fileBytes) throws LibraryException {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = LibraryFile.database(dir);
        if (!Files.exists(file)) throw new LibraryException("there is no library at " + dir + " (no " + file.getFileName() + ")");
        long before = FileCompaction.size(file);
        Connection connection = connect(dir, url(dir));
        try {
            // A file that went back keeps what it may still hold of the writes it lost: it is not rewritten.
            ChangeMark.checkNotBehind(dir, connection, false);
            if (!FileCompaction.compactIfAlone(connection, dir, file, fileBytes)) {
                throw new LibraryException("the library at " + dir + " is open in another Review Desk; it is compacted when "
                        + "the last program that has it open closes it, or run this again once they are closed (nothing was changed)");
            }
            return new long[] {before, FileCompaction.size(file)};
        } catch (SQLException e) {
            throw new LibraryException("the library at " + dir + " could not be compacted: " + firstLine(e.getMessage())
                    + " (the file is as it was)", e);
        } finally {
            closeQuietly(connection);
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
                // The same while the last program to close the library compacts it (FileCompaction).
                if (!busyForAMoment(e) || attempt == STALE_LOCK_ATTEMPTS) {
                    throw new LibraryException(explain(dir, e), e);
                }
                sleep(250);
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

    /** Forty attempts a quarter of a second apart: ten seconds, as long as H2 takes to take over a stale lock. */
    private static final int STALE_LOCK_ATTEMPTS = 40;

    /**
     * What two programs opening the library at the same moment meet while one of them becomes its server, or while the
     * one that served it ends: over in a moment, so opening tries again rather than failing.
     */
    private static boolean busyForAMoment(SQLException e) {
        String m = String.valueOf(e.getMessage());
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) m += " " + c.getMessage();
        // "already in use": met for a moment while another Review Desk starts serving the library; a program that cannot share
        // it (one that opened the file without AUTO_SERVER) still gets the explanation, after the attempts.
        return m.contains("Lock file recently modified") || m.contains("Concurrent update") || m.contains("Another process was faster")
                || m.contains("already in use")
                || m.contains("Connection refused") || m.contains("Database is already closed") || m.contains("session closed")
                || e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE;
    }

    /**
     * At close: the last program to have the library open gives the file's unused space back, when there is enough of it
     * to be worth rewriting the file (FileCompaction).
     */
    private static void compactIfAlone(Connection held, Path dir) {
        try {
            FileCompaction.compactIfAloneAndWorthIt(held, dir);
        } catch (SQLException e) {
            // the file stays as it was, every commit in it; the next close tries again
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
            return "the file " + dir.resolve(Library.DATABASE + ".mv.db") + " is not a Review Desk library or is damaged; "
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

}
