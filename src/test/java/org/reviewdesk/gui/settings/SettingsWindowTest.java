package org.reviewdesk.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.service.Desk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Settings…: a check turned off is turned back on, a library setting and this computer's preference are kept. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void aCheckTurnedOffIsTurnedBackOnAndTheSettingsAreKept(FxRobot robot) throws Exception {
        Desk desk = Desk.open(folder);
        desk.findings().setCheckEnabled("scrape-debris", false);
        DeskLibraryAccess library = new DeskLibraryAccess(desk);
        deskWindow.show(library);

        robot.clickOn("File").clickOn("Settings\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "#check-toggle-scrape-debris"));
        CheckBox debris = robot.lookup("#check-toggle-scrape-debris").queryAs(CheckBox.class);
        assertThat(debris.isSelected()).as("shown off, as the library has it").isFalse();
        assertThat(robot.lookup("#check-toggle-repeated-sentence").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> debris.setSelected(true));

        robot.clickOn("Library");
        TextField name = robot.lookup("#setting-user-name").queryAs(TextField.class);
        robot.clickOn(name).write("x".repeat(201));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".danger").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Takes at most 200 characters.");
        robot.clickOn("#settings-ok");
        assertThat(robot.lookup("#settings-ok").tryQuery()).as("a value the setting does not take keeps the dialog open")
                .isPresent();
        robot.interact(() -> name.setText("Ana Ruiz"));
        robot.clickOn("This computer");
        robot.interact(() -> robot.lookup("#auto-revision-minutes").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(5));
        robot.clickOn("#settings-ok");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.findings().disabledChecks().isEmpty());
        // The library is written in the background; the dialog closes and this computer's preferences are saved on
        // the FX thread after it, in one task: wait for that task too, which a loaded machine may run late.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-ok").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.settings().get(LibrarySettings.USER_NAME)).isEqualTo("Ana Ruiz");
        assertThat(deskWindow.prefs().autoRevisionMinutes()).isEqualTo(5);
        assertThat(robot.lookup("#settings-ok").tryQuery()).as("closed once written").isEmpty();

        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }
}
