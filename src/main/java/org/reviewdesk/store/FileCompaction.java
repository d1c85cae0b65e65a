package org.reviewdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Gives the library file's unused space back, with H2's {@code SHUTDOWN COMPACT}: the database is closed, its live
 * pages are moved to the front of the file and compressed, and the file is cut after them (docs/decisions/0016).
 *
 * <p>It runs only when no one else has the library open. The window and the command line share a library through H2's
 * automatic mixed mode (docs/decisions/0003), and a shutdown would close the others' connections under them. So the
 * last connection first puts the database in exclusive mode, in which H2 refuses new connections, then counts the
 * sessions: alone, it compacts; otherwise it leaves exclusive mode and the file as it is. Nobody can connect between the
 * count and the shutdown; a program that tries meanwhile is refused and tries again (H2Library.connect).
 */
final class FileCompaction {
    /**
     * A close compacts a file that has less than this share of its bytes live (percent), or that has grown by more than
     * {@link #GROWTH_WORTH_IT} since it was last compacted (new pages are written uncompressed: 1,000 posts imported
     * into a compacted 100,000-post library added 39 MB and left 92 % live). Otherwise it is left as it is: the whole
     * file is rewritten whatever it gains, 12 s at 100,000 posts, and every command line run on such a library took 14
     * s, 13 of them in its close, for next to nothing.
     */
    static final int LIVE_PERCENT_WORTH_KEEPING = 90;
    static final double GROWTH_WORTH_IT = 0.10;
    /** Beside the library file: its size right after it was last compacted, in bytes (a hint; without it, a close compacts). */
    static final String COMPACTED_SIZE = "library.compacted";

    private FileCompaction() {
    }

    /** Compacts and closes the database in {@code dir} if {@code connection} is its only session; returns whether it did. */
    static boolean compactIfAlone(Connection connection, Path dir) throws SQLException {
        return compactIfAlone(connection, dir, false);
    }

    /**
     * At a close: compacts and closes the database in {@code dir} if {@code connection} is its only session and its file
     * has enough to give back ({@link #LIVE_PERCENT_WORTH_KEEPING}, {@link #GROWTH_WORTH_IT}); returns whether it did.
     */
    static boolean compactIfAloneAndWorthIt(Connection connection, Path dir) throws SQLException {
        return compactIfAlone(connection, dir, true);
    }

    private static boolean compactIfAlone(Connection connection, Path dir, boolean onlyIfWorthIt) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET EXCLUSIVE 1");
            if (sessions(st) == 1 && (!onlyIfWorthIt || worthIt(st, dir))) {
                // Alone, no writer can be about to use a message no finding holds now.
                FindingMessages.dropUnused(connection);
                if (!connection.getAutoCommit()) connection.commit();
                st.execute("SHUTDOWN COMPACT");
                remember(dir);
                return true;
            }
            st.execute("SET EXCLUSIVE 0");
            return false;
        }
    }

    private static boolean worthIt(Statement st, Path dir) throws SQLException {
        if (livePercent(st) < LIVE_PERCENT_WORTH_KEEPING) return true;
        long compacted = compactedSize(dir);
        return compacted <= 0 || size(LibraryFile.database(dir)) > compacted * (1 + GROWTH_WORTH_IT);
    }

    /** The file's size after its last compaction, or -1 when it is not known. */
    static long compactedSize(Path dir) {
        try {
            return Long.parseLong(Files.readString(dir.resolve(COMPACTED_SIZE)).trim());
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void remember(Path dir) {
        try {
            Files.writeString(dir.resolve(COMPACTED_SIZE), Long.toString(size(LibraryFile.database(dir))) + "\n");
        } catch (java.io.IOException e) {
            // a hint only: the next close compacts again
        }
    }

    /**
     * The share of the file's bytes that hold live pages, in percent: H2's share of the file its chunks take, times the
     * share of their pages still live. 99 right after a compaction.
     */
    static int livePercent(Statement st) throws SQLException {
        int file = 100;
        int chunks = 100;
        try (var rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                int value = Integer.parseInt(rs.getString(2).trim());
                if (rs.getString(1).equals("info.FILL_RATE")) file = value;
                else chunks = value;
            }
        }
        return file * chunks / 100;
    }

    /** How many sessions the database has, this one included (other programs through the automatic server too). */
    static int sessions(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * As {@link #compactIfAlone}, telling {@code fileBytes} the file's size every second meanwhile (H2 reports no
     * progress of its own; the file shrinks as it goes).
     */
    static boolean compactIfAlone(Connection connection, Path dir, Path file, LongConsumer fileBytes) throws SQLException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "compaction progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> fileBytes.accept(size(file)), 1, 1, TimeUnit.SECONDS);
        try {
            return compactIfAlone(connection, dir);
        } finally {
            ticker.shutdownNow();
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
