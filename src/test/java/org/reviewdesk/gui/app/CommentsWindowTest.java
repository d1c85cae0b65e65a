package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.editor.SourceMark;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.library.PostComment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor leaves three comments on phrases of a post, by the shortcut and by the source's context menu, sees them
 * highlighted, picks one to find its text, resolves one, and the queue shows the post with 2 open comments.
 */
@ExtendWith(ApplicationExtension.class)
class CommentsWindowTest {
    private static final String BODY = "Connection pools hide latency until they run dry.\n\n"
            + "Size the pool from the database's limit, not from a guess.\n\n"
            + "Measure the wait time before you raise the pool size.";
    private static final List<String> PHRASES = List.of("run dry", "not from a guess", "Measure the wait time");

    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void threeCommentsOneResolvedLeaveTheQueueShowingTwoOpen(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        Path in = Files.writeString(Files.createDirectories(folder.resolve("in")).resolve("pools.json"), """
                {"title": "Pool sizing notes", "body": %s,
                 "meta": {"reference": "pool-1", "flags": {"needs_human_review": true}}}
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(BODY)));
        library.importFiles(List.of(in), (d, t) -> { });
        DeskWindow window = deskWindow.show(library);
        var menus = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(KeyboardReference.of(menus)).anySatisfy(s -> {
            assertThat(s.action()).isEqualTo("Comment on selection");
            assertThat(s.keys()).isEqualTo(javafx.scene.input.KeyCombination.keyCombination(CommentsPanel.SHORTCUT).getDisplayText());
        });
        DeskWindowFixture.click(robot, "Pool sizing notes");
        CodeArea area = window.editor().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().equals(BODY));

        comment(robot, area, PHRASES.get(0), "Say what running dry looks like.", true);
        comment(robot, area, PHRASES.get(1), "Which limit: max_connections?", false);
        comment(robot, area, PHRASES.get(2), "With which metric?", true);

        ListView<?> list = robot.lookup("#comments-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().marks(CommentsPanel.LAYER).size() == 3);
        assertThat(window.editor().marks(CommentsPanel.LAYER)).extracting(m -> BODY.substring(m.start(), m.end()))
                .containsExactlyInAnyOrderElementsOf(PHRASES);
        assertThat(window.editor().marks(CommentsPanel.LAYER)).extracting(SourceMark::styleClass).containsOnly("mark-comment");
        // Beside the source, a mark in the gutter of each of the three lines commented on.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> commentedLines(robot) == 3);

        robot.interact(() -> area.selectRange(0, 0));
        robot.interact(() -> list.getSelectionModel().select(1));
        PostComment picked = (PostComment) list.getSelectionModel().getSelectedItem();
        assertThat(area.getSelectedText()).isEqualTo(picked.anchor().quote());

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#comment-resolve");
        TitledPane panel = robot.lookup("#comments-panel").queryAs(TitledPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.getText().contains("2 open comments \u00b7 1 resolved"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().marks(CommentsPanel.LAYER).size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> commentedLines(robot) == 2);

        robot.interact(window::showQueue);
        CheckBox withComments = robot.lookup("#queue-open-comments").queryAs(CheckBox.class);
        robot.clickOn(withComments);
        var table = window.queue().table();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).openComments() == 2);
        // The Comments column (scrolled out of a narrow window, so read from the column rather than a drawn cell).
        var column = table.getColumns().stream().filter(c -> c.getText().equals("Comments")).findFirst().orElseThrow();
        assertThat(column.getCellData(0)).isEqualTo("2");
    }

    /** The lines whose gutter shows a comment mark. */
    private static long commentedLines(FxRobot robot) {
        return robot.lookup(".comment-mark").queryAll().stream().filter(javafx.scene.Node::isVisible).count();
    }

    /** Selects {@code phrase} in the source, asks for a comment (the shortcut, or the context menu), writes and sends it. */
    private static void comment(FxRobot robot, CodeArea area, String phrase, String text, boolean byShortcut) throws Exception {
        int at = area.getText().indexOf(phrase);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + phrase.length());
        });
        if (byShortcut) {
            robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        } else {
            robot.interact(() -> area.getContextMenu().getItems().stream()
                    .filter(i -> "comment-on-selection".equals(i.getId())).findFirst().orElseThrow().fire());
        }
        var draft = robot.lookup("#comment-draft").queryAs(javafx.scene.control.TextArea.class);
        // The composer (the draft's box) shows once the shortcut or the menu item asked for a comment.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> draft.getParent().isVisible());
        robot.interact(() -> draft.setText(text));
        robot.clickOn("#comment-submit");
        ListView<?> list = robot.lookup("#comments-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(c -> ((PostComment) c).text().equals(text)));
    }
}
