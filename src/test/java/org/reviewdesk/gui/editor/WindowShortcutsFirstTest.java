package org.reviewdesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window shortcut with Alt pressed in a source area that keeps the focus: it runs once and types nothing; keys the
 * window has no shortcut for are typed as before.
 */
@ExtendWith(ApplicationExtension.class)
class WindowShortcutsFirstTest {
    private CodeArea area;
    private final AtomicInteger ran = new AtomicInteger();

    @Start
    void start(Stage stage) {
        area = new CodeArea();
        WindowShortcutsFirst.install(area);
        Scene scene = new Scene(area, 300, 200);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.ALT_DOWN), ran::incrementAndGet);
        stage.setScene(scene);
        stage.show();
        area.requestFocus();
    }

    @Test
    void theShortcutRunsAndTheDigitIsNotTyped(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran.get()).isEqualTo(1);
        assertThat(area.getText()).isEmpty();

        robot.type(KeyCode.DIGIT5);
        robot.press(KeyCode.ALT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran.get()).isEqualTo(1);
        assertThat(area.getText()).as("a digit, and Alt with a digit the window has no shortcut for").isEqualTo("56");
    }
}
