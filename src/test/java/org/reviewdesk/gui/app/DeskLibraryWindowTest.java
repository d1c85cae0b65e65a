package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.library.DeskLibraryAccess;
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

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void whatTheWindowSavedIsThereAfterClosingAndReopeningTheLibrary(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        library.create(new Post("Caching with Redis", "# Caching with Redis\n\nStart with the query.",
                Meta.builder().reference("ref-caching").build()));
        DeskWindow window = deskWindow.show(library);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "Caching with Redis"));
        DeskWindowFixture.click(robot, "Caching with Redis");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().area().getText().contains("query"));

        robot.clickOn(window.editor().area());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Then cache it.");

        // Closing waits for the save; once the library thread is quiet, the library can close.
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
        try (DeskLibraryAccess reopened = DeskLibraryAccess.open(folder)) {
            assertThat(reopened.search("caching", 0, 10)).singleElement()
                    .satisfies(row -> assertThat(reopened.open(row.id()).post().body())
                            .isEqualTo("# Caching with Redis\n\nStart with the query. Then cache it."));
        }
        assertThat(deskWindow.prefs().lastPost(folder)).isPositive();
    }
}
