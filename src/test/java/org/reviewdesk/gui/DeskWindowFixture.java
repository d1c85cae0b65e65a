package org.reviewdesk.gui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.app.WindowPrefs;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk window as a window test needs it: a preferences node of its own, and the window over a given library with
 * its own library and compute executors, as the application gives each window. Closing a window waits for its library
 * executor (the last save) and stops it, so a test can close and open another window on the same library. After each
 * test it closes the window still open, shuts down every executor it started and removes the preferences node.
 *
 * <p>Use it with {@code @RegisterExtension final DeskWindowFixture desk = new DeskWindowFixture();} beside TestFX's
 * {@code ApplicationExtension}.
 */
public final class DeskWindowFixture implements AfterEachCallback {
    private final Preferences prefsNode = Preferences.userRoot().node("org/reviewdesk/test-" + System.nanoTime());
    private final List<FxBackgroundExecutor> started = new ArrayList<>();
    private FxBackgroundExecutor libraryExecutor;
    private FxBackgroundExecutor computeExecutor;
    private DeskWindow window;
    private DeskViewModel model;

    /** Builds the window over {@code library} on {@code stage} and shows it; call it on the FX thread. */
    public DeskWindow show(Stage stage, LibraryAccess library, Consumer<String> openLink) {
        libraryExecutor = executor(1);
        computeExecutor = executor(2);
        model = new DeskViewModel(library, libraryExecutor, computeExecutor, PreviewRenderers.standard());
        window = new DeskWindow(stage, model, computeExecutor, new WindowPrefs(prefsNode),
                new DeskWindow.Options(openLink, false));
        stage.show();
        return window;
    }

    /** Builds and shows the window on a new stage, from the test thread. */
    public DeskWindow show(LibraryAccess library) throws Exception {
        return show(library, stage -> { });
    }

    /** Builds and shows the window on a new stage that {@code sizing} may size first, from the test thread. */
    public DeskWindow show(LibraryAccess library, Consumer<Stage> sizing) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            sizing.accept(stage);
            return show(stage, library, url -> { });
        }).get(10, TimeUnit.SECONDS);
    }

    private FxBackgroundExecutor executor(int threads) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(threads);
        started.add(executor);
        return executor;
    }

    /**
     * Clicks the first node showing {@code text} (a post in the list), as a user would. A list that reloads replaces
     * its cells, so a node found a moment ago may have left the window: the click is tried again on a fresh one.
     */
    public static void click(org.testfx.api.FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            // The lookup walks the scene graph, which the FX thread changes while the list reloads: walk it there.
            var node = WaitForAsyncUtils.asyncFx(() -> robot.lookup(text).match((javafx.scene.Node n) -> n.isVisible()
                    && n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing()).tryQuery()).get(5, TimeUnit.SECONDS);
            if (node.isEmpty()) return false;
            try {
                robot.clickOn(node.get());
                return true;
            } catch (RuntimeException replacedMeanwhile) {
                return false;
            }
        });
    }

    /**
     * Whether a node matching {@code query} is in a window now. The lookup walks the scene graph, which the FX thread
     * changes while a list reloads, so it walks it on the FX thread.
     */
    public static boolean present(org.testfx.api.FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().isPresent()).get(5, TimeUnit.SECONDS);
    }

    public DeskWindow window() {
        return window;
    }

    /** The view model of the window last shown. */
    public DeskViewModel model() {
        return model;
    }

    /** The preferences the window remembers itself in. */
    public WindowPrefs prefs() {
        return new WindowPrefs(prefsNode);
    }

    /** The compute executor of the window last shown. */
    public FxBackgroundExecutor computeExecutor() {
        return computeExecutor;
    }

    /**
     * Closes the window as the user would (its last save goes to the library executor) and waits until the library
     * executor has finished everything it was given; returns whether it did within ten seconds. The library may be
     * closed after this.
     */
    public boolean closeWindow() throws Exception {
        if (window != null) {
            DeskWindow closing = window;
            window = null;
            WaitForAsyncUtils.asyncFx(closing::close).get(10, TimeUnit.SECONDS);
        }
        if (libraryExecutor == null) return true;
        boolean quiet = libraryExecutor.awaitQuiet(Duration.ofSeconds(10));
        computeExecutor.awaitQuiet(Duration.ofSeconds(10));
        WaitForAsyncUtils.waitForFxEvents();
        return quiet;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            closeWindow();
        } finally {
            started.forEach(FxBackgroundExecutor::shutdown);
            try {
                prefsNode.removeNode();
            } catch (BackingStoreException | IllegalStateException e) {
                // already removed by the test
            }
        }
    }
}
