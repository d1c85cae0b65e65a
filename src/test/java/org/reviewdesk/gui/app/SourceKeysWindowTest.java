package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.meta.MetaPanelView;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.model.meta.MetaGroup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's shortcuts pressed while the source has the focus: what they open takes the keys, and the post's text
 * is left as it was (QA: the first comment on a post was typed into the body, Alt+3 typed a "3").
 */
@ExtendWith(ApplicationExtension.class)
class SourceKeysWindowTest {
    private static final String BODY = "Another simple post.\n\nWith a second paragraph.";

    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void theFirstCommentOnAPostIsTypedIntoTheCommentNotThePost(FxRobot robot) throws Exception {
        CodeArea area = openPost(robot);
        TitledPane panel = robot.lookup("#comments-panel").queryAs(TitledPane.class);
        assertThat(panel.isExpanded()).as("a post without comments has its Comments pane folded").isFalse();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(0, "Another".length());
        });

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        robot.write("mycomment");
        assertThat(area.getText()).as("the post's text").isEqualTo(BODY);
        assertThat(robot.lookup("#comment-draft").queryAs(TextArea.class).getText()).isEqualTo("mycomment");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        ListView<?> list = robot.lookup("#comments-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(c -> ((PostComment) c).text().equals("mycomment")));
        assertThat(((PostComment) list.getItems().get(0)).anchor().quote()).isEqualTo("Another");
        assertThat(deskWindow.model().editor().openPostId()).as("Ctrl+Enter sent the comment, not Next in queue")
                .isEqualTo(((PostComment) list.getItems().get(0)).postId());
        assertThat(area.getText()).isEqualTo(BODY);
        assertThat(deskWindow.model().editor().currentPost().body()).isEqualTo(BODY);
    }

    @Test
    void altAndADigitInTheSourceOpensTheMetaGroupAndTypesNothing(FxRobot robot) throws Exception {
        CodeArea area = openPost(robot);
        TitledPane classification = robot.lookup("#" + MetaPanelView.groupId(MetaGroup.CLASSIFICATION)).queryAs(TitledPane.class);
        assertThat(classification.isExpanded()).isFalse();
        robot.clickOn(area);
        robot.type(KeyCode.END);

        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(BODY);
        assertThat(classification.isExpanded()).as("Alt+3 opens the third group, Classification").isTrue();
        assertThat(deskWindow.model().editor().dirtyProperty().get()).isFalse();

        // A digit typed without Alt afterwards is text again.
        robot.clickOn(area);
        robot.type(KeyCode.END).type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().equals(BODY + "4"));
    }

    private CodeArea openPost(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        library.create(new Post("Plain post two", BODY, Meta.builder().reference("plain-2").build()));
        library.create(new Post("Plain post one", "One more post.", Meta.builder().reference("plain-1").build()));
        DeskWindow window = deskWindow.show(library);
        DeskWindowFixture.click(robot, "Plain post two");
        CodeArea area = window.editor().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().equals(BODY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> deskWindow.model().meta().loadedProperty().get());
        return area;
    }
}
