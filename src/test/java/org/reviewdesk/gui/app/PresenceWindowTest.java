package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.service.Desk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window over a library that another desk has open: opening the post Ben is on shows a note that names him. */
@ExtendWith(ApplicationExtension.class)
class PresenceWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void openingThePostBenHasOpenShowsAnAlsoOpenNoteAboveTheEditor(FxRobot robot) throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder); Desk ben = Desk.open(folder)) {
            long id = library.create(new Post("Caching with Redis", "# Caching with Redis\n\nStart with the query.",
                    Meta.builder().reference("ref-caching").build()));
            ben.settings().set(LibrarySettings.USER_NAME, "Ben");
            ben.presence().beat(id);
            // The first window of a run is built while the toolkit's classes load: more time than show(library) waits.
            DeskWindow window = WaitForAsyncUtils.asyncFx(() -> deskWindow.show(new javafx.stage.Stage(), library, u -> { }))
                    .get(60, TimeUnit.SECONDS);
            Label note = robot.lookup("#presence-note").queryAs(Label.class);
            assertThat(note.isVisible()).as("no post open, no note").isFalse();

            DeskWindowFixture.click(robot, "Caching with Redis");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, note::isVisible);

            assertThat(note.getText()).startsWith("Also open: Ben on ");
            assertThat(window.editor().area().isDisabled()).as("a note, not a lock: the text can be edited").isFalse();
            assertThat(note.localToScreen(note.getBoundsInLocal()).getMaxY())
                    .as("above the text").isLessThanOrEqualTo(window.editor().area().localToScreen(0, 0).getY() + 1);
            assertThat(deskWindow.closeWindow()).isTrue();
        }
    }
}
