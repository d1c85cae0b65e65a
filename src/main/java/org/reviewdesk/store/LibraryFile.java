package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Creating and upgrading the library's database file, each all or nothing: the schema is built or migrated in a
 * file of its own beside the library, and only a finished file takes the library's name, by one rename. A process
 * killed at any point leaves the library as it was (or no library), never a half-made one; what it leaves beside
 * it is removed at the next open.
 */
final class LibraryFile {
    private static final String CREATING = Library.DATABASE + ".creating-";
    private static final String UPGRADING = Library.DATABASE + ".upgrading";
    private static final String MV = ".mv.db";

    private LibraryFile() {
    }

    static Path database(Path dir) {
        return dir.resolve(Library.DATABASE + MV);
    }

    /** Makes a new library's file with the whole schema; if another process made one meanwhile, that one stays. */
    static void create(Path dir) throws LibraryException {
        String name = CREATING + ProcessHandle.current().pid();
        Path made = dir.resolve(name + MV);
        try {
            deleteDatabase(dir, name);
            LibraryMigrator.migrate(dir.resolve(name), null);
            force(made);
            try {
                Files.createLink(database(dir), made);
            } catch (FileAlreadyExistsException e) {
                // another Review Desk created the library first: open theirs
            } catch (UnsupportedOperationException | IOException e) {
                moveIfAbsent(made, database(dir));
            }
            forceFolder(dir);
        } catch (IOException e) {
            throw new LibraryException("cannot create a library in " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir, name);
        }
    }

    /**
     * Migrates the library to this build's schema: a copy of the file goes to {@code backups/}, another
     * copy is migrated, and the migrated copy replaces the file. Needs the library to itself: the file is locked meanwhile.
     */
    static void upgrade(Path dir, String nextVersion) throws LibraryException {
        Path file = database(dir);
        Path upgrading = dir.resolve(UPGRADING + MV);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new LibraryException("the library at " + dir + " needs a schema update (to V" + nextVersion
                        + ") that this build makes only while no other program has it open; close the other Review Desk "
                        + "windows and commands using it, then start again (nothing was changed)");
            }
            backup(dir, "before-V" + nextVersion);
            deleteDatabase(dir, UPGRADING);
            copy(file, upgrading);
            LibraryMigrator.migrate(dir.resolve(UPGRADING), dir);
            force(upgrading);
            try {
                Files.move(upgrading, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new LibraryException("the library at " + dir + " needs a schema update, and this file system "
                        + "cannot replace its file in one step; nothing was changed", e);
            }
            forceFolder(dir);
        } catch (IOException e) {
            throw new LibraryException("the library at " + dir + " needs a schema update, and it failed ("
                    + e.getMessage() + "); nothing was changed", e);
        } finally {
            deleteQuietly(dir, UPGRADING);
        }
    }

    /** Removes what a killed creation or upgrade left beside the library, unless a running process still has it open. */
    static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Library.DATABASE + ".{creating-*,upgrading}" + MV)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (!inUse(file)) deleteQuietly(dir, fileName.substring(0, fileName.length() - MV.length()));
            }
        } catch (IOException e) {
            // a leftover that cannot be listed or removed is in no one's way
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this process has it open through another connection
        }
    }

    private static boolean inUse(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            return lock == null;
        } catch (IOException e) {
            return true;
        }
    }

    /** Copies the library's file into {@code backups/} as {@code library-DATE-WHY.mv.db}; returns the copy. */
    static Path backup(Path dir, String why) throws IOException {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        String time = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copy = backups.resolve(Library.DATABASE + "-" + time + "-" + why + MV);
        copy(database(dir), copy);
        return copy;
    }

    /** Copies a file whole or not at all: the copy takes its name only once it is on the disk. */
    static void copy(Path from, Path to) throws IOException {
        Path partial = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            force(partial);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void moveIfAbsent(Path from, Path to) throws IOException {
        if (Files.exists(to)) return;
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename in the folder durable; a platform that cannot open a folder (Windows) makes renames durable itself. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not possible on this platform
        }
    }

    private static void deleteDatabase(Path dir, String name) throws IOException {
        for (String suffix : new String[] {MV, ".trace.db", ".lock.db", MV + ".part"}) {
            Files.deleteIfExists(dir.resolve(name + suffix));
        }
    }

    private static void deleteQuietly(Path dir, String name) {
        try {
            deleteDatabase(dir, name);
        } catch (IOException e) {
            // removed at the next open
        }
    }

    static String firstLine(String m) {
        if (m == null) return "";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
