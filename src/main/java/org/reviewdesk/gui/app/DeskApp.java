package org.reviewdesk.gui.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;

/**
 * The desk as a JavaFX application. It shows a small "opening" window at once, opens the library in
 * the background, and then builds the desk; a library that cannot be opened gets a dialog that says
 * why, not a stack trace. Started by {@link DeskLauncher}.
 */
public final class DeskApp extends Application {
    /** The named parameter that carries the library folder: {@code --library=DIR}. */
    static final String LIBRARY_PARAMETER = "library";
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private final LibraryOpener opener;
    /** Library work runs in order on one thread: an open after a save sees the saved row version. */
    private final FxBackgroundExecutor libraryExecutor = new FxBackgroundExecutor(1);
    /** Rendering and highlighting, which never touch the library. */
    private final FxBackgroundExecutor computeExecutor = new FxBackgroundExecutor(2);
    private final StartupTrace trace = StartupTrace.sinceProcessStart();
    private LibraryAccess library;

    public DeskApp() {
        this(LibraryOpeners.standard());
    }

    DeskApp(LibraryOpener opener) {
        this.opener = opener;
    }

    @Override
    public void start(Stage stage) {
        trace.mark("toolkit_started");
        Path folder = Path.of(getParameters().getNamed().getOrDefault(LIBRARY_PARAMETER, ".")).toAbsolutePath().normalize();
        // The theme from the start, so the "opening" window and an error dialog look like the desk.
        Application.setUserAgentStylesheet(WindowPrefs.forUser().darkTheme()
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.getIcons().addAll(icons());
        stage.setTitle("Review Desk");
        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(12, spinner, new Label("Opening the library in " + folder + "\u2026"));
        opening.setStyle("-fx-alignment: center; -fx-padding: 24;");
        stage.setScene(new Scene(opening, 520, 200));
        stage.show();
        trace.mark("opening_shown");
        libraryExecutor.submit(() -> {
            LibraryAccess opened = opener.open(folder);
            trace.mark("library_open");
            return opened;
        }, opened -> showDesk(stage, opened),
                e -> cannotOpen(stage, folder, e));
    }

    private void showDesk(Stage stage, LibraryAccess opened) {
        library = opened;
        DeskViewModel desk = new DeskViewModel(opened, libraryExecutor, computeExecutor, PreviewRenderers.standard());
        DeskWindow window = new DeskWindow(stage, desk, computeExecutor, WindowPrefs.forUser(),
                new DeskWindow.Options(this::openInBrowser, StartupTrace.reportFile() == null));
        stage.show();
        trace.mark("desk_shown");
        new StartupProbe(trace, libraryExecutor).watch(window, desk, window::close);
    }

    /** Only web and mail links leave the desk; anything else in a post is not worth a browser. */
    private void openInBrowser(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
            getHostServices().showDocument(url);
        }
    }

    private void cannotOpen(Stage stage, Path folder, Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Alert alert = new Alert(Alert.AlertType.ERROR,
                "Review Desk could not open the library in " + folder + ".\n\n" + reason, ButtonType.CLOSE);
        alert.setTitle("Review Desk");
        alert.setHeaderText("The library could not be opened");
        alert.initOwner(stage);
        alert.showAndWait();
        stage.close();
        Platform.exit();
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
    public void stop() throws Exception {
        // The window saved on close; wait for that last save to commit before the library closes.
        libraryExecutor.awaitQuiet(java.time.Duration.ofSeconds(10));
        computeExecutor.shutdown();
        if (library != null) library.close();
    }
}
