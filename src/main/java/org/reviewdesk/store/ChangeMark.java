package org.reviewdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.reviewdesk.model.library.LibraryBehindException;

/**
 * The newest change a folder library was told it holds, kept in a small file beside its database
 * ({@code library.changes}): the library's change number ({@code library_change.stamp}) after every write that
 * reached the disk, and when. A library whose file holds an older number than this lost writes that were reported
 * done; opening says so instead of showing the older posts as if they were the library (docs/decisions/0025).
 *
 * <p>The number is raised only after the write's fsync (StoreSync), so a process killed before it leaves a number
 * the file holds. It is never fsynced itself: it is there for a file that went back while the computer ran on, which is
 * what was seen; a power cut may leave it older, never newer. A mark that cannot be read says nothing.
 */
final class ChangeMark {
    static final String FILE = Library.DATABASE + ".changes";

    /** A change number, and when it was written. */
    record Mark(long stamp, Instant at) {
    }

    private ChangeMark() {
    }

    static Path file(Path dir) {
        return dir.resolve(FILE);
    }

    /** What the mark says, or empty if there is none or it cannot be read. */
    static Optional<Mark> read(Path dir) {
        try {
            return parse(Files.readString(file(dir), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Raises the mark to {@code stamp} unless it is higher already (another process wrote later). */
    static void raise(Path file, long stamp) {
        write(file, stamp, false);
    }

    /** Sets the mark to {@code stamp}, lower or not: the library's file as it is now is the library. */
    static void set(Path file, long stamp) {
        write(file, stamp, true);
    }

    /** A new library starts with no mark: one left by a library that was there before says nothing about this one. */
    static void remove(Path dir) throws IOException {
        Files.deleteIfExists(file(dir));
    }

    private static void write(Path file, long stamp, boolean lower) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            ByteBuffer old = ByteBuffer.allocate(128);
            channel.read(old, 0);
            Optional<Mark> now = parse(new String(old.array(), 0, old.position(), StandardCharsets.US_ASCII));
            if (!lower && now.isPresent() && now.get().stamp() >= stamp) return;
            byte[] line = (stamp + " " + Instant.now() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(line), 0);
        } catch (IOException | RuntimeException e) {
            // The mark is a check on the database, not part of it: a folder that refuses it loses the check, not a write.
        }
    }

    private static Optional<Mark> parse(String text) {
        if (!text.endsWith("\n")) return Optional.empty();
        String[] parts = text.strip().split(" ");
        if (parts.length != 2) return Optional.empty();
        try {
            return Optional.of(new Mark(Long.parseLong(parts[0]), Instant.parse(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses a library whose file holds an older change than the mark, before anything writes to it: the database is
     * shut down at once (H2 writes nothing then), a copy of the file as found goes to {@code backups/}, and the
     * exception says what is missing. With {@code accept}, the file as it is becomes the library: the mark is set to
     * what it holds, and the answer is true. Only the process that opened the file checks it; one connected to it
     * through another program's server finds the library already checked.
     *
     * @return whether the file was behind its mark (and so, with {@code accept}, taken as it is)
     */
    static boolean checkNotBehind(Path dir, Connection connection, boolean accept) throws LibraryBehindException, SQLException {
        Optional<Mark> mark = read(dir);
        if (mark.isEmpty() || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal)) return false;
        Long inFile = stamp(connection);
        if (inFile == null || inFile >= mark.get().stamp()) return false;
        if (accept) {
            set(file(dir), inFile);
            return true;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // closed either way
        }
        Path copy = keepAsFound(dir);
        throw new LibraryBehindException(dir.toString(), inFile, mark.get().stamp(), mark.get().at(), copy == null ? null : copy.toString());
    }

    private static Long stamp(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT stamp FROM library_change WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : null;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                return null; // a library from before the change number: nothing to compare
            }
            throw e;
        }
    }

    private static Path keepAsFound(Path dir) {
        try {
            return LibraryFile.backup(dir, "as-found");
        } catch (IOException e) {
            return null;
        }
    }
}
