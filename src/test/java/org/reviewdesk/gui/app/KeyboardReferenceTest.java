package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.InMemoryLibrary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Help, Keyboard shortcuts lists what the menus and the queue really answer to. */
@ExtendWith(ApplicationExtension.class)
class KeyboardReferenceTest {
    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void everyMenuAcceleratorAndQueueKeyIsListedAndF1ShowsThem(FxRobot robot) throws Exception {
        deskWindow.show(new InMemoryLibrary());
        MenuBar menus = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<KeyboardReference.Shortcut> shortcuts = WaitForAsyncUtils.asyncFx(() -> KeyboardReference.of(menus)).get();

        int accelerators = WaitForAsyncUtils.asyncFx(() -> (int) menus.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getAccelerator() != null).count()).get();
        assertThat(shortcuts).filteredOn(s -> !s.where().equals("Review queue")).hasSize(accelerators);
        assertThat(shortcuts).anySatisfy(s -> {
            assertThat(s.where()).isEqualTo("File");
            assertThat(s.action()).isEqualTo("Save");
            assertThat(s.keys()).containsIgnoringCase("S");
        });
        assertThat(shortcuts).filteredOn(s -> s.where().equals("Review queue")).extracting(KeyboardReference.Shortcut::keys)
                .contains("J", "K", "R");

        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> DeskWindowFixture.present(robot, "#keyboard-reference"));
        javafx.scene.control.TableView<?> table = robot.lookup("#keyboard-reference").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems()).hasSize(shortcuts.size());
    }
}
