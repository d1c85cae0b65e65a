package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.synth.PostSynthesizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel on its own: showing a post changes nothing, problems show on the field, keys reach the groups. */
@ExtendWith(ApplicationExtension.class)
class MetaPanelViewTest {
    private final MetaPanelViewModel form = new MetaPanelViewModel();
    private final List<Meta> edits = new ArrayList<>();
    private MetaPanelView view;

    @Start
    void start(Stage stage) {
        form.setOnEdit((title, meta, drafts) -> edits.add(meta));
        view = new MetaPanelView(form, new SimpleBooleanProperty(false));
        stage.setScene(new Scene((javafx.scene.Parent) view.getNode(), 420, 700));
        stage.show();
    }

    @Test
    void showingPostsWithEveryGroupOpenWritesNothingBack(FxRobot robot) {
        List<Post> posts = new ArrayList<>(new PostSynthesizer(9).generate(20));
        posts.add(new Post("", "", Meta.EMPTY));
        posts.add(new Post("sparse", "", Meta.builder().reference("r").score(new Score(null, 5, null, null)).build()));
        robot.interact(() -> view.groups().forEach(g -> g.setExpanded(true)));
        for (Post post : posts) {
            robot.interact(() -> {
                form.load(post.title(), post.meta());
                // Styling and layout create the skins of combo boxes and date pickers, which could write back.
                view.getNode().applyCss();
                ((javafx.scene.Parent) view.getNode()).layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(form.toMeta()).isEqualTo(post.meta());
        }
        assertThat(edits).as("nothing the user did not do is an edit").isEmpty();
    }

    @Test
    void aWrongScoreIsMarkedOnItsFieldAndSummedUpAtTheTop(FxRobot robot) {
        robot.interact(() -> form.load("Caching", Meta.builder().reference("r").score(new Score(50, 5, null, null)).build()));
        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        TextField quality = robot.lookup("#meta-score-quality").queryAs(TextField.class);
        robot.clickOn(quality);
        robot.interact(quality::selectAll);
        robot.write("150");

        assertThat(quality.getStyleClass()).contains(MetaDecorations.INVALID);
        assertThat(quality.getTooltip().getText()).contains("0 to 100");
        assertThat(robot.lookup(".meta-problems").queryAs(Label.class).getText()).isEqualTo("1 problem: score.quality");
        assertThat(form.toMeta().score().quality()).isEqualTo(50);

        robot.clickOn("#meta-undo");
        assertThat(quality.getText()).isEqualTo("50");
        assertThat(quality.getStyleClass()).doesNotContain(MetaDecorations.INVALID);
    }

    @Test
    void enterInTheDateFieldKeepsADateItCannotReadAsTyped(FxRobot robot) {
        robot.interact(() -> form.load("Caching", Meta.builder().reference("r")
                .revision(new org.reviewdesk.model.Revision(null, null, java.time.LocalDate.of(2022, 1, 6))).build()));
        robot.interact(() -> view.openGroup(4));
        javafx.scene.control.DatePicker picker = robot.lookup("#meta-revision-last-reviewed").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(picker.getEditor()::selectAll);
        robot.write("2022-13-01").type(KeyCode.ENTER);
        robot.clickOn("#meta-revision-version");

        assertThat(picker.getEditor().getText()).isEqualTo("2022-13-01");
        assertThat(picker.getStyleClass()).contains(MetaDecorations.INVALID);
        assertThat(form.fieldDrafts().byField()).containsEntry("revision.last_reviewed", "2022-13-01");
    }

    @Test
    void altNumberOpensAGroupAndFocusesItsFirstField(FxRobot robot) {
        robot.interact(() -> form.load("Caching", Meta.builder().reference("r").build()));
        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        TitledPane revision = view.groups().get(4);
        assertThat(revision.isExpanded()).isTrue();
        assertThat(robot.lookup("#meta-revision-status").queryAs(ComboBox.class).isFocused()
                || robot.lookup("#meta-revision-status").queryAs(ComboBox.class).getEditor().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#meta-revision-version").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void aProblemInAnOpenedPostIsMarkedOnItsTableCell(FxRobot robot) {
        robot.interact(() -> form.load("Retries", Meta.builder().reference("r")
                .imageSources(List.of(new org.reviewdesk.model.ImageSource("own", "not a url", "Curve"))).build()));
        robot.press(KeyCode.ALT, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.ALT);
        TextField url = robot.lookup("#meta-image-sources-0-url").queryAs(TextField.class);
        assertThat(url.getStyleClass()).contains(MetaDecorations.INVALID);
        assertThat(url.getTooltip().getText()).contains("expected an http or https URL");
    }
}
