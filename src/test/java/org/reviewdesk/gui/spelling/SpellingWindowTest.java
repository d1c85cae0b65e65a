package org.reviewdesk.gui.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.editor.SourceMark;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Misspellings are underlined as the post opens; a right click corrects one, or adds it to the library's dictionary. */
@ExtendWith(ApplicationExtension.class)
class SpellingWindowTest {
    private static final String BODY = "# Alerts\n\nWe recieve an alert when the dashbord turns red.\n\n"
            + "```sh\nrecieve --dashbord\n```\n";

    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void aSuggestionCorrectsTheWordAndAWordAddedToTheDictionaryLosesItsMark(FxRobot robot) throws Exception {
        Desk desk = Desk.open(folder);
        DeskLibraryAccess library = new DeskLibraryAccess(desk);
        library.create(new Post("Alerts", BODY, Meta.builder().reference("ref-alerts").build()));
        DeskWindow window = deskWindow.show(library);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "Alerts"));
        DeskWindowFixture.click(robot, "Alerts");

        CodeArea area = window.editor().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markedWords(window).equals(List.of("recieve", "dashbord")));
        int typo = BODY.indexOf("recieve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getStyleOfChar(typo + 1).contains("mark-spelling"));
        assertThat(area.getStyleOfChar(BODY.lastIndexOf("recieve") + 1)).as("code is left alone").doesNotContain("mark-spelling");

        rightClick(robot, area, typo);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, ".spelling-suggestion"));
        robot.clickOn("receive");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().contains("We receive an alert"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markedWords(window).equals(List.of("dashbord")));

        rightClick(robot, area, area.getText().indexOf("dashbord"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "#spelling-add"));
        robot.clickOn("Add \"dashbord\" to library dictionary");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markedWords(window).isEmpty());
        assertThat(desk.spelling().dictionary()).containsExactly("dashbord");
        assertThat(area.getText()).as("the word itself stays").contains("the dashbord turns red");

        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    private static List<String> markedWords(DeskWindow window) {
        CodeArea area = window.editor().area();
        return window.editor().marks(org.reviewdesk.gui.app.SpellingMenu.LAYER).stream().filter(m -> !m.isEmpty())
                .map((SourceMark m) -> area.getText(m.start(), m.end())).toList();
    }

    private static void rightClick(FxRobot robot, CodeArea area, int offset) {
        Bounds[] b = new Bounds[1];
        robot.interact(() -> b[0] = area.getCharacterBoundsOnScreen(offset, offset + 2).orElseThrow());
        robot.rightClickOn(new Point2D(b[0].getMinX() + b[0].getWidth() / 2, b[0].getMinY() + b[0].getHeight() / 2));
    }
}
