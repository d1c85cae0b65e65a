package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.cli.ReviewDeskCommand;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.editor.SaveState;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The meta panel in the real window over a real library: what the user changes is saved and exported. */
@ExtendWith(ApplicationExtension.class)
class MetaPanelWindowTest {
    @TempDir
    Path folder;
    @TempDir
    Path exported;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void aScoreAChecklistEntryAnEntityAndAFlagSurviveReopeningAndExport(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        library.create(new Post("Caching with Redis", "# Caching with Redis\n\nStart with the query.",
                Meta.builder().reference("ref-caching").score(new Score(90, 12, null, null))
                        .checklist(List.of("measure first")).entities(List.of(new Entity("Redis", "stack")))
                        .flags(new Flags(true, false, false, false)).putExtra("mood", "calm").build()));
        deskWindow.show(library);
        DeskViewModel[] desks = {deskWindow.model()};
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "Caching with Redis"));
        DeskWindowFixture.click(robot, "Caching with Redis");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desks[0].meta().loadedProperty().get());

        // A closed group's fields are built when it opens.
        assertThat(robot.lookup("#meta-score-freshness").tryQuery()).isEmpty();
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "12".equals(robot.lookup("#meta-score-freshness").queryAs(TextField.class).getText()));
        replaceText(robot, "#meta-score-freshness", "42");
        robot.press(KeyCode.ALT, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.ALT);
        robot.clickOn("#meta-checklist-entry").write("cache the result").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.ALT);
        replaceText(robot, "#meta-entities-0-type", "database");
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        robot.clickOn(robot.lookup("#meta-flags-needs-human-review").queryAs(CheckBox.class));

        assertThat(robot.lookup("#meta-flags-needs-human-review").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(desks[0].meta().hasErrors().get()).isFalse();
        // Saved automatically a moment after the last change, without Ctrl+S.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> desks[0].editor().saveStateProperty().get() == SaveState.SAVED && !desks[0].editor().dirtyProperty().get());
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();

        Meta expected = Meta.builder().reference("ref-caching").score(new Score(90, 42, null, null))
                .checklist(List.of("measure first", "cache the result")).entities(List.of(new Entity("Redis", "database")))
                .flags(new Flags(true, false, false, true)).putExtra("mood", "calm").build();
        try (DeskLibraryAccess reopened = DeskLibraryAccess.open(folder)) {
            Post stored = reopened.open(reopened.search("caching", 0, 10).get(0).id()).post();
            assertThat(stored.meta()).isEqualTo(expected);
            assertThat(stored.body()).isEqualTo("# Caching with Redis\n\nStart with the query.");
        }

        int code = ReviewDeskCommand.run(new String[] {"export", "--library", folder.toString(), "--format", "json",
                "--out", exported.toString()});
        assertThat(code).isZero();
        String json;
        try (Stream<Path> files = Files.list(exported)) {
            json = Files.readString(files.findFirst().orElseThrow());
        }
        assertThat(json.replaceAll("\\s", "")).contains("\"freshness\":42", "\"cachetheresult\"",
                "{\"name\":\"Redis\",\"type\":\"database\"}", "\"needs_human_review\":true");
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }
}
