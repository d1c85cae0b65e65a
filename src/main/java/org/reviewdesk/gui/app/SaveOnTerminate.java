package org.reviewdesk.gui.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * A window ended by a signal (SIGTERM: a logout, a shutdown, {@code kill}; SIGINT: Ctrl+C where it was started; SIGHUP:
 * that terminal closed) saves what it has not saved yet, as closing it does, closes its library, then exits with the
 * signal's status. The JVM's own handling of those signals ran the shutdown hooks at once, where H2 closed the library
 * under any last save: what was typed since the last autosave (up to {@code EditorViewModel.AUTOSAVE_DELAY}, longer
 * while someone types on) was lost. A shutdown hook of our own cannot run first, and H2 refuses to leave the closing to
 * the program while it serves the library to others ({@code AUTO_SERVER}), so the signals themselves are taken.
 */
final class SaveOnTerminate {
    /** How long the last save is waited for; a save that waits for a person (a conflict) is not. */
    static final Duration SAVE_WAIT = Duration.ofSeconds(5);
    /** How long the window's own close (its library's, a compaction on a large one) is waited for before the exit. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(60);
    private static final String[] SIGNALS = {"TERM", "INT", "HUP"};
    private static final AtomicReference<Shown> SHOWN = new AtomicReference<>();
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    /** The thread handling a signal, which ends the process with the signal's status. */
    private static final AtomicReference<Thread> HANDLING = new AtomicReference<>();

    /** The window being shown, and how its library is closed after its last save. */
    record Shown(DeskViewModel desk, Runnable closeLibrary) {
    }

    private SaveOnTerminate() {
    }

    /** From now on those signals save {@code desk}'s unsaved post and run {@code closeLibrary} before the process exits. */
    static void watch(DeskViewModel desk, Runnable closeLibrary) {
        SHOWN.set(new Shown(desk, closeLibrary));
        if (!INSTALLED.compareAndSet(false, true)) return;
        for (String name : SIGNALS) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), SaveOnTerminate::onSignal);
            } catch (IllegalArgumentException notHere) {
                // A platform without this signal (HUP on Windows), or a JVM run with -Xrs: the JVM's own handling stays.
            }
        }
    }

    /** The window is closing the usual way: it saved, and its own close of the library is under way (DeskApp.stop). */
    static void closing() {
        SHOWN.set(null);
    }

    /** The window a signal would save, or null (for a test that drives the window in its own process). */
    static DeskViewModel shown() {
        Shown shown = SHOWN.get();
        return shown == null ? null : shown.desk();
    }

    /**
     * The JVM runs a handler on a daemon thread: once the window has closed, the launcher's main thread would end the
     * process first, with status 0. The work runs on a thread that is not a daemon, which the launcher waits for
     * ({@link #awaitSignalledExit}), so the exit is its own.
     */
    private static void onSignal(sun.misc.Signal signal) {
        Thread t = new Thread(() -> signalled(signal), "save-on-" + signal.getName().toLowerCase(java.util.Locale.ROOT));
        t.setDaemon(false);
        if (HANDLING.compareAndSet(null, t)) t.start();
    }

    /** After the window closed: if a signal closed it, waits for its handling to end the process (the launcher). */
    static void awaitSignalledExit() throws InterruptedException {
        Thread handling = HANDLING.get();
        if (handling != null) handling.join();
    }

    private static void signalled(sun.misc.Signal signal) {
        Shown shown = SHOWN.get();
        if (shown != null) {
            saveLast(shown);
            // Then the window closes the usual way (DeskApp.stop closes the library on a thread of its own).
            try {
                Platform.runLater(() -> {
                    shown.desk().stop();
                    Platform.exit();
                });
            } catch (IllegalStateException toolkitGone) {
                // closed below
            }
        }
        try {
            if (!DeskApp.awaitClosed(CLOSE_WAIT) && shown != null) shown.closeLibrary().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().exit(128 + signal.getNumber());
    }

    private static void saveLast(Shown shown) {
        CountDownLatch saved = new CountDownLatch(1);
        try {
            Platform.runLater(() -> shown.desk().editor().saveNow(saved::countDown));
            if (!saved.await(SAVE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("review-desk: ended before the last save finished (waited " + SAVE_WAIT.toSeconds() + " s)");
            }
        } catch (IllegalStateException toolkitGone) {
            System.err.println("review-desk: ended after the window had gone; nothing more could be saved");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
