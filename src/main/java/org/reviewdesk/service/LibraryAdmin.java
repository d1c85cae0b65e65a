package org.reviewdesk.service;

import java.util.Map;
import java.util.function.Consumer;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.store.Library;
import org.reviewdesk.store.LibraryCopy;

/** Looking after a library as a whole: its schema update, and a copy into another library of either kind. */
public final class LibraryAdmin {
    private LibraryAdmin() {
    }

    /** What a copy did: rows per table in each library, and whether the posts read the same in both. */
    public record CopyReport(Map<String, Long> from, Map<String, Long> to, String fromDigest, String toDigest) {
        public boolean verified() {
            return from.equals(to) && fromDigest.equals(toDigest);
        }
    }

    /**
     * Brings the library's schema up to this build's: a team library's only this way (with the backup hint it gave
     * on opening); a folder's is brought up to date on opening anyway, after a copy into its backups folder.
     * Returns the versions before and after.
     */
    public static String[] migrate(LibraryAddress address) throws LibraryException {
        LibraryAddress at = LibraryLocation.absolute(address);
        if (at instanceof LibraryAddress.Server server) return Library.migrate(server);
        try (Desk desk = Desk.open(at)) {
            return new String[] {"(a folder library is brought up to date when it is opened)", "current"};
        }
    }

    /** What a compaction did: the library file's size before and after, and how long it took. */
    public record CompactReport(long bytesBefore, long bytesAfter, double seconds) {
    }

    /**
     * Gives a folder library's unused file space back ({@code library compact}), telling {@code fileBytes} the file's
     * size as it shrinks. A team library's space is its server's to manage (PostgreSQL's vacuum).
     */
    public static CompactReport compact(LibraryAddress address, java.util.function.LongConsumer fileBytes) throws LibraryException {
        LibraryAddress at = LibraryLocation.absolute(address);
        if (!(at instanceof LibraryAddress.Folder folder)) {
            throw new IllegalArgumentException("a team library's space is managed by its PostgreSQL server (VACUUM); "
                    + "library compact is for a folder library");
        }
        long t0 = System.nanoTime();
        long[] sizes = Library.compact(java.nio.file.Path.of(folder.path()), fileBytes);
        return new CompactReport(sizes[0], sizes[1], (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Takes a folder library's file as it is when it holds fewer changes than were written to it, so that it opens again
     * ({@code library accept-as-found}; the window offers the same). The copy kept when it was refused stays; the search
     * index, which holds what the file lost, is deleted, and the window builds it again. Returns whether the file was
     * behind; a library that is not is left as it was, its index too.
     */
    public static boolean acceptAsFound(LibraryAddress address) throws LibraryException {
        LibraryAddress at = LibraryLocation.absolute(address);
        if (!(at instanceof LibraryAddress.Folder folder)) {
            throw new IllegalArgumentException("a team library is kept by its PostgreSQL server; accept-as-found is for a folder library");
        }
        java.nio.file.Path dir = java.nio.file.Path.of(folder.path());
        if (!Library.acceptAsFound(dir, new JsonSnapshotCodec())) return false;
        // The search index took in writes the file no longer holds, and counts changes past the file's: built again.
        forget(dir.toAbsolutePath().normalize().resolve(LibrarySearch.FOLDER));
        return true;
    }

    private static void forget(java.nio.file.Path index) {
        try (var walk = java.nio.file.Files.walk(index)) {
            for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // none there, or held open elsewhere: what it holds stays until it is deleted (README, "A library file that went back")
        }
    }

    /** Copies the library at {@code from} into the new (empty) one at {@code to}, then counts and compares both. */
    public static CopyReport copy(LibraryAddress from, LibraryAddress to, Consumer<String> progress) throws LibraryException {
        if (LibraryLocation.absolute(from).equals(LibraryLocation.absolute(to))) {
            throw new IllegalArgumentException("FROM and TO are the same library (" + from.display() + ")");
        }
        try (Desk source = Desk.open(from); Desk target = Desk.open(to)) {
            LibraryCopy.copy(source.library(), target.library(), progress);
            return new CopyReport(LibraryCopy.counts(source.library()), LibraryCopy.counts(target.library()),
                    LibraryCopy.digest(source.library()), LibraryCopy.digest(target.library()));
        }
    }
}
