package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the user sees of a score typed out of range, in the real window over a real library, across a restart. */
@ExtendWith(ApplicationExtension.class)
class InvalidMetaFieldWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    private DeskWindow show(FxRobot robot, DeskLibraryAccess library) throws Exception {
        return deskWindow.show(library);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-saved").queryAs(Label.class).getText();
    }

    private static TextField quality(FxRobot robot) {
        return robot.lookup("#meta-score-quality").queryAs(TextField.class);
    }

    private void closeAndWait(FxRobot robot, DeskWindow window, DeskLibraryAccess library) throws Exception {
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    @Test
    void aScoreTypedOutOfRangeStaysAsTypedWithItsErrorAndTheLibraryKeepsTheLastValidOne(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        long caching = library.create(new Post("Caching with Redis", "# Caching with Redis\n\nStart with the query.",
                Meta.builder().reference("ref-caching").score(new Score(80, 12, null, null)).build()));
        library.create(new Post("Kafka consumer lag", "# Kafka\n\nWatch the lag.", Meta.builder().reference("ref-kafka").build()));
        DeskWindow window = show(robot, library);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "Caching with Redis"));
        DeskWindowFixture.click(robot, "Caching with Redis");
        waitUntil(() -> window.editor().area().getText().contains("query"));
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        waitUntil(() -> "80".equals(quality(robot).getText()));

        replaceText(robot, quality(robot), "60");
        waitUntil(() -> "Saved".equals(status(robot)));
        assertThat(library.open(caching).post().meta().score().quality()).isEqualTo(60);
        replaceText(robot, quality(robot), "600");
        waitUntil(() -> "Not saved: 1 field has an error".equals(status(robot)));

        DeskWindowFixture.click(robot, "Kafka consumer lag");
        waitUntil(() -> window.editor().area().getText().contains("lag") && quality(robot).getText().isEmpty());
        DeskWindowFixture.click(robot, "Caching with Redis");
        waitUntil(() -> window.editor().area().getText().contains("query"));
        assertThat(quality(robot).getText()).isEqualTo("600");
        closeAndWait(robot, window, library);

        // A new window on the same folder opens the post of the last session.
        DeskLibraryAccess reopened = DeskLibraryAccess.open(folder);
        try {
            assertThat(reopened.open(caching).post().meta().score().quality()).isEqualTo(60);
            DeskWindow again = show(robot, reopened);
            waitUntil(() -> again.editor().area().getText().contains("query"));
            waitUntil(() -> "Not saved: 1 field has an error".equals(status(robot)));
            assertThat(robot.lookup(".meta-problems").queryAs(Label.class).getText()).isEqualTo("1 problem: score.quality");

            robot.clickOn("#status-saved");
            waitUntil(() -> robot.lookup("#" + org.reviewdesk.gui.meta.MetaPanelView.groupId(org.reviewdesk.model.meta.MetaGroup.SCORES)).queryAs(TitledPane.class).isExpanded()
                    && quality(robot).isFocused());
            TextField field = quality(robot);
            assertThat(field.getText()).isEqualTo("600");
            assertThat(field.getStyleClass()).contains("meta-invalid");
            assertThat(field.getTooltip().getText()).contains("score.quality", "from 0 to 100", "'600'");
            closeAndWait(robot, again, reopened);
        } finally {
            reopened.close();
        }
        try (DeskLibraryAccess last = DeskLibraryAccess.open(folder)) {
            assertThat(last.open(caching).drafts().byField()).containsEntry("score.quality", "600");
        }
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }
}
