package org.reviewdesk.gui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip is made on the first hover, shows after the usual delay, and its text is there for a screen reader before. */
@ExtendWith(ApplicationExtension.class)
class TooltipsTest {
    private Button save;
    private Label marker;

    @Start
    void start(Stage stage) {
        save = new Button("Save");
        marker = new Label("!");
        Tooltips.install(save, "Save the post (Ctrl+S)");
        Tooltips.install(marker, "Needs human review");
        stage.setScene(new Scene(new HBox(40, save, marker), 300, 80));
        stage.show();
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverAndShows(FxRobot robot) throws Exception {
        assertThat(save.getTooltip()).as("nothing built before the pointer comes").isNull();
        assertThat(save.getAccessibleHelp()).isEqualTo("Save the post (Ctrl+S)");

        robot.moveTo(save).moveBy(2, 1).moveBy(1, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> save.getTooltip() != null && save.getTooltip().isShowing());
        assertThat(save.getTooltip().getText()).isEqualTo("Save the post (Ctrl+S)");
    }

    @Test
    void aNodeThatIsNotAControlGetsOneToo(FxRobot robot) throws Exception {
        robot.moveTo(marker).moveBy(1, 1).moveBy(1, 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && "Needs human review".equals(t.getText())));
        assertThat(marker.getAccessibleHelp()).isEqualTo("Needs human review");
    }
}
