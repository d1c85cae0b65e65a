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
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.service.Desk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text selected in the preview is commented on where the source says it, markup and all; the clipboard the user had
 * is theirs again afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewCommentWindowTest {
    private static final String BODY = "Keep the **last good** build within [one step](https://x.org/rb).";

    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void aSelectionInThePreviewIsCommentedOnItsSource(FxRobot robot) throws Exception {
        Desk desk = Desk.open(folder);
        DeskLibraryAccess library = new DeskLibraryAccess(desk);
        long id = library.create(new Post("Build keeping", BODY, Meta.builder().reference("keep-1").build()));
        DeskWindow window = deskWindow.show(library);
        DeskWindowFixture.click(robot, "Build keeping");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().area().getText().equals(BODY)
                && previewShows(window, "last good"));
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent mine = new javafx.scene.input.ClipboardContent();
            mine.putString("the user's own clipboard");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(mine);
        });

        robot.clickOn(window.preview().getNode());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);

        var draft = robot.lookup("#comment-draft").queryAs(javafx.scene.control.TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> draft.getParent().isVisible());
        assertThat(window.editor().area().getSelectedText()).as("the source of what the preview showed").isEqualTo(BODY);
        robot.interact(() -> draft.setText("Which build is good?"));
        robot.clickOn("#comment-submit");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !desk.comments().list(id).isEmpty());
        PostComment c = desk.comments().list(id).get(0);
        assertThat(c.text()).isEqualTo("Which build is good?");
        assertThat(c.anchor().quote()).isEqualTo(BODY);
        String[] now = new String[1];
        robot.interact(() -> now[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(now[0]).isEqualTo("the user's own clipboard");
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    private static boolean previewShows(DeskWindow window, String text) throws Exception {
        String[] html = new String[1];
        WaitForAsyncUtils.asyncFx(() -> {
            var doc = window.preview().engine().getDocument();
            html[0] = doc == null || doc.getDocumentElement() == null ? "" : doc.getDocumentElement().getTextContent();
        }).get(5, TimeUnit.SECONDS);
        return html[0].contains(text);
    }
}
