package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window over a real library in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class DeskLibraryWindowTest {
    @TempDir
    Path folder;

    private final Preferences prefsNode = Preferences.userRoot().node("org/reviewdesk/test-" + System.nanoTime());
    private final FxBackgroundExecutor libraryExecutor = new FxBackgroundExecutor(1);
    private final FxBackgroundExecutor computeExecutor = new FxBackgroundExecutor(2);

    @AfterEach
    void tearDown() throws Exception {
        computeExecutor.shutdown();
        prefsNode.removeNode();
    }

    @Test
    void whatTheWindowSavedIsThereAfterClosingAndReopeningTheLibrary(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        library.create(new Post("Caching with Redis", "# Caching with Redis\n\nStart with the query.",
                Meta.builder().reference("ref-caching").build()));
        DeskWindow[] window = new DeskWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            DeskViewModel desk = new DeskViewModel(library, libraryExecutor, computeExecutor, PreviewRenderers.standard());
            window[0] = new DeskWindow(stage, desk, computeExecutor, new WindowPrefs(prefsNode),
                    new DeskWindow.Options(url -> { }, false));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Caching with Redis").tryQuery().isPresent());
        robot.clickOn("Caching with Redis");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window[0].editor().area().getText().contains("query"));

        robot.clickOn(window[0].editor().area());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Then cache it.");
        robot.interact(() -> window[0].close());

        // Closing waits for the save; once the library thread is quiet, the library can close.
        assertThat(libraryExecutor.awaitQuiet(java.time.Duration.ofSeconds(10))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        library.close();
        try (DeskLibraryAccess reopened = DeskLibraryAccess.open(folder)) {
            assertThat(reopened.search("caching", 0, 10)).singleElement()
                    .satisfies(row -> assertThat(reopened.open(row.id()).post().body())
                            .isEqualTo("# Caching with Redis\n\nStart with the query. Then cache it."));
        }
        assertThat(new WindowPrefs(prefsNode).lastPost(folder)).isPositive();
    }
}
