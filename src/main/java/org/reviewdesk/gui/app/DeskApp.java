package org.reviewdesk.gui.app;

import java.io.InputStream;
import java.nio.file.Path;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryBehindException;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.service.LibraryAdmin;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;

/**
 * The desk as a JavaFX application. The library starts opening before the toolkit does ({@link #openEarly}), the
 * window is built and shown meanwhile, and it fills in once the library is open; a library that cannot be opened
 * gets a dialog that says why, not a stack trace. Started by {@link DeskLauncher}.
 */
public final class DeskApp extends Application {
    /** The named parameter that carries the library folder: {@code --library=DIR}. */
    static final String LIBRARY_PARAMETER = "library";
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /**
     * JavaFX makes the application object itself, after the toolkit started: an opening begun before that
     * reaches it here. Set once by the launcher, taken once by {@link #start}.
     */
    private static final AtomicReference<DeskLibraryAccess> EARLY = new AtomicReference<>();
    /** The thread closing the library after the window has gone ({@link #stop}). */
    private static final AtomicReference<Thread> CLOSING = new AtomicReference<>();

    /** Library work runs in order on one thread: an open after a save sees the saved row version. */
    private final FxBackgroundExecutor libraryExecutor = new FxBackgroundExecutor(1);
    /** Rendering and highlighting, which never touch the library. */
    private final FxBackgroundExecutor computeExecutor = new FxBackgroundExecutor(2);
    private final StartupTrace trace = StartupTrace.process();
    private LibraryAccess library;
    private java.util.concurrent.CompletableFuture<List<Image>> icons;

    /** Starts opening the library in {@code folder} (and reading the window's preferences) in the background. */
    static void openEarly(LibraryAddress address) {
        EARLY.set(DeskLibraryAccess.opening(address));
        Thread prefs = new Thread(WindowPrefs::forUser, "prefs-read");
        prefs.setDaemon(true);
        prefs.start();
    }

    @Override
    public void init() {
        trace.mark("toolkit_init");
        // The icons are read from the jar off the FX thread; the window takes them when they are there.
        icons = java.util.concurrent.CompletableFuture.supplyAsync(DeskApp::icons);
    }

    @Override
    public void start(Stage stage) {
        trace.mark("toolkit_started");
        LibraryAddress folder = org.reviewdesk.service.LibraryLocation.absolute(
                LibraryAddress.parse(getParameters().getNamed().getOrDefault(LIBRARY_PARAMETER, ".")));
        DeskLibraryAccess early = EARLY.getAndSet(null);
        DeskLibraryAccess opening = early != null && early.address().equals(folder) ? early : DeskLibraryAccess.opening(folder);
        library = opening;
        opening.opened().whenComplete((desk, e) -> {
            if (e == null) {
                trace.mark("library_open");
            } else {
                Throwable reason = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                Platform.runLater(() -> cannotOpen(stage, folder, reason));
            }
        });
        WindowPrefs prefs = WindowPrefs.forUser();
        if (icons != null) icons.thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images)));
        DeskViewModel desk = new DeskViewModel(opening, libraryExecutor, computeExecutor, PreviewRenderers.standard());
        trace.mark("models_built");
        DeskWindow window = new DeskWindow(stage, desk, computeExecutor, prefs,
                new DeskWindow.Options(this::openInBrowser, StartupTrace.reportFile() == null, opening.opened()));
        trace.mark("window_built");
        SaveOnTerminate.watch(desk, this::closeLibrary);
        stage.show();
        trace.mark("desk_shown");
        window.begun().thenRun(() -> {
            trace.mark("begun");
            new StartupProbe(trace, libraryExecutor).watch(window, desk, window::close);
        });
    }

    /** Only web and mail links leave the desk; anything else in a post is not worth a browser. */
    private void openInBrowser(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
            getHostServices().showDocument(url);
        }
    }

    private void cannotOpen(Stage stage, LibraryAddress folder, Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Path report = StartupTrace.reportFile();
        if (report != null && StartupTrace.exitWhenReported()) {
            // Measured by a program (bench): nobody is there to close a dialog; the report and the log say why.
            System.err.println("review-desk: " + reason);
            trace.put("library_failed", 1);
            try {
                trace.write(report);
            } catch (java.io.IOException ignored) {
                // the exit status and the message above still tell
            }
            Platform.exit();
            return;
        }
        if (e instanceof LibraryBehindException behind) {
            offerAsFound(stage, folder, behind);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR,
                "Review Desk could not open the library at " + folder.display() + ".\n\n" + reason, ButtonType.CLOSE);
        alert.setTitle("Review Desk");
        alert.setHeaderText("The library could not be opened");
        alert.initOwner(stage);
        alert.showAndWait();
        stage.close();
        Platform.exit();
    }

    /**
     * A library whose file went back to an older state (ChangeMark): the user is told what is missing and where the copy
     * of the file is, and chooses between closing and opening the file as it is, which then opens the window on it.
     */
    private void offerAsFound(Stage stage, LibraryAddress folder, LibraryBehindException behind) {
        ButtonType asItIs = new ButtonType("Open it as it is", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, String.format("Review Desk did not open the library at %s: its file "
                + "holds fewer changes than were written to it. Its newest is change %d; change %d was written on %s. "
                + "Writes made since then are missing from the file.%n%nNothing was written to it. %s%n%nIf you put an "
                + "older copy of the library back yourself, or have kept what you need from the copy, open it as it is.",
                folder.display(), behind.inFile(), behind.written(), LibraryBehindException.when(behind.writtenAt()),
                behind.copy() == null ? "No copy of it could be made." : "A copy of the file as it was found is at "
                        + behind.copy() + "."), asItIs, ButtonType.CLOSE);
        alert.setTitle("Review Desk");
        alert.setHeaderText("This library's file is missing writes");
        alert.initOwner(stage);
        if (alert.showAndWait().orElse(ButtonType.CLOSE) != asItIs) {
            stage.close();
            Platform.exit();
            return;
        }
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                LibraryAdmin.acceptAsFound(folder);
            } catch (LibraryException x) {
                throw new java.util.concurrent.CompletionException(x);
            }
        }).whenComplete((done, x) -> Platform.runLater(() -> {
            if (x == null) {
                start(stage);
            } else {
                cannotOpen(stage, folder, x.getCause() != null ? x.getCause() : x);
            }
        }));
    }

    private static List<Image> icons() {
        java.util.ArrayList<Image> images = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = DeskApp.class.getResourceAsStream("/org/reviewdesk/icons/review-desk-" + size + ".png")) {
                if (in != null) images.add(new Image(in));
            } catch (java.io.IOException ignored) {
                // A missing or unreadable icon leaves the platform's default; not worth stopping for.
            }
        }
        return images;
    }

    @Override
    public void stop() {
        // JavaFX calls this on the FX thread, which never touches the disk: the last save and the library's close
        // (the last program to close a library compacts its file: seconds on a large one) run on a thread of their
        // own, which the launcher waits for before the process exits.
        SaveOnTerminate.closing();
        Thread closing = new Thread(this::closeLibrary, "library-close");
        CLOSING.set(closing);
        closing.start();
    }

    private void closeLibrary() {
        try {
            // The window saved on close; wait for that last save to commit before the library closes.
            libraryExecutor.awaitQuiet(java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        computeExecutor.shutdown();
        if (library != null) library.close();
    }

    /**
     * Waits until the window's library is closed (its last save committed, its file compacted), if it was shown: the
     * launcher before the process exits, and the hook of a process ended by a signal while the window was closing.
     */
    static void awaitClosed() throws InterruptedException {
        Thread closing = CLOSING.get();
        if (closing != null) closing.join();
    }

    /**
     * Waits at most {@code within} for the window's close to begin and the library to be closed; true when it was
     * (SaveOnTerminate, after it asked the window to close).
     */
    static boolean awaitClosed(java.time.Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        Thread closing;
        while ((closing = CLOSING.get()) == null && System.nanoTime() < end) Thread.sleep(20);
        if (closing == null) return false;
        closing.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        return !closing.isAlive();
    }
}
