package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFieldSamples;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaGroup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every field of the catalogue has its control on the form, in the group the catalogue names, and comes back. */
@ExtendWith(ApplicationExtension.class)
class MetaPanelCatalogueTest {
    private final MetaPanelViewModel form = new MetaPanelViewModel();
    private MetaPanelView view;

    @Start
    void start(Stage stage) {
        view = new MetaPanelView(form, new SimpleBooleanProperty(false));
        stage.setScene(new Scene((javafx.scene.Parent) view.getNode(), 420, 700));
        stage.show();
    }

    @Test
    void thePanelHasTheCataloguesGroupsInOrder() {
        assertThat(view.groups()).extracting(Node::getId)
                .containsExactly(java.util.Arrays.stream(MetaGroup.values()).map(MetaPanelView::groupId).toArray(String[]::new));
    }

    @Test
    void everyFieldHasItsControlInItsGroupAndTheFormGivesItBack(FxRobot robot) {
        Meta every = MetaFieldSamples.everyField();
        robot.interact(() -> {
            form.load("Every field", every);
            view.groups().forEach(g -> g.setExpanded(true));
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (MetaField f : MetaFields.ALL) {
            List<String> shown = f.kind().isRecordList()
                    ? f.kind().recordKeys().stream().map(k -> f.path() + "[0]." + k).toList() : List.of(f.path());
            for (String field : shown) {
                String id = FieldControls.idOf(field);
                Node control = robot.lookup("#" + id).tryQuery().orElse(null);
                assertThat(control).as(field + " has a control #" + id).isInstanceOf(Control.class);
                assertThat(groupOf(control)).as(field).isEqualTo(MetaPanelView.groupId(f.group()));
            }
        }
        assertThat(form.toMeta()).isEqualTo(every);
        assertThat(form.problems()).isEmpty();
    }

    private static String groupOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TitledPane pane) return pane.getId();
        }
        return null;
    }
}
