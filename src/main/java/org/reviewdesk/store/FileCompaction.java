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
    private FileCompaction() {
    }

    /** Compacts and closes the database if {@code connection} is its only session; returns whether it did. */
    static boolean compactIfAlone(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET EXCLUSIVE 1");
            if (sessions(st) == 1) {
                // Alone, no writer can be about to use a message no finding holds now.
                FindingMessages.dropUnused(connection);
                if (!connection.getAutoCommit()) connection.commit();
                st.execute("SHUTDOWN COMPACT");
                return true;
            }
            st.execute("SET EXCLUSIVE 0");
            return false;
        }
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
    static boolean compactIfAlone(Connection connection, Path file, LongConsumer fileBytes) throws SQLException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "compaction progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> fileBytes.accept(size(file)), 1, 1, TimeUnit.SECONDS);
        try {
            return compactIfAlone(connection);
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
