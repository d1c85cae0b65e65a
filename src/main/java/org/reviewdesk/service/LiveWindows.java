package org.reviewdesk.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of this computer's windows are still running. A window that has a post open holds an operating-system lock on
 * a file named after its presence id, for as long as it is open; the system lets go of the lock when the process ends,
 * however it ends ({@code kill -9} too). A file whose lock another window can take therefore belongs to a window that
 * is gone, and its presence rows can be removed at once, rather than shown as "Also open" until they expire
 * ({@link PresenceService#EXPIRY}). Windows on other computers are not seen here; theirs expire as before.
 */
final class LiveWindows {
    private static final String SUFFIX = ".window";

    private final Path folder;
    private FileChannel held;
    private Path heldFile;

    LiveWindows(Path folder) {
        this.folder = folder;
    }

    /**
     * The system account's own folder for files that live as long as their windows: in the session's runtime folder
     * ({@code XDG_RUNTIME_DIR}, the account's alone) where there is one, else under the temporary directory.
     */
    static LiveWindows forThisAccount() {
        String account = System.getProperty("user.name", "me").replaceAll("[^A-Za-z0-9._-]", "_");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute() ? Path.of(runtime)
                : Path.of(System.getProperty("java.io.tmpdir"));
        return new LiveWindows(base.resolve("review-desk-windows-" + account));
    }

    /**
     * Whether the folder is a real folder of this account: in a temporary directory shared with other accounts, a
     * folder or link of that name made by someone else is left alone (this account's windows then expire as before).
     */
    private boolean folderIsOurs() {
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return false;
            return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)
                    .equals(Files.getOwner(Path.of(System.getProperty("user.home")), LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Marks window {@code id} as running until {@link #release}; a folder that cannot be written leaves it unmarked. */
    synchronized void hold(String id) {
        if (held != null) return;
        Path file = folder.resolve(id + SUFFIX);
        try {
            Files.createDirectories(folder);
            if (!folderIsOurs()) return;
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                if (channel.tryLock() == null) {
                    channel.close();
                    return;
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            held = channel;
            heldFile = file;
        } catch (IOException | RuntimeException e) {
            // Unmarked, this window's rows expire as they did before; nothing else depends on the mark.
        }
    }

    /** Window {@code id} closes: its mark goes. */
    synchronized void release() {
        if (held == null) return;
        try {
            held.close();
            Files.deleteIfExists(heldFile);
        } catch (IOException e) {
            // Left behind, the file is taken for a gone window's by the next one, which removes it.
        }
        held = null;
        heldFile = null;
    }

    /** The ids of marked windows whose process has ended (their files are removed as they are found). */
    synchronized List<String> gone() {
        List<String> gone = new ArrayList<>();
        if (!folderIsOurs()) return gone;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                if (!file.equals(heldFile) && isFree(file)) {
                    String name = file.getFileName().toString();
                    gone.add(name.substring(0, name.length() - SUFFIX.length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder: the rows of gone windows expire by themselves.
        }
        return gone;
    }

    /** Whether no process holds the file's lock; a free file is removed. A window of this same process holds its own. */
    private static boolean isFree(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return false;
            lock.release();
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // removed by a later look
        }
        return true;
    }
}
