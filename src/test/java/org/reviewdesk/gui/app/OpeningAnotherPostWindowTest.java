package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.meta.MetaPanelViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening another post: from the moment it opens, the preview, the status bar's figures and the form's computed figures
 * are this post's or say they are coming, never the last post's standing in for it.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningAnotherPostWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void nothingOfTheLastPostStandsForTheOpenedOne(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        StringBuilder longBody = new StringBuilder("# Long read\n\n");
        for (int i = 1; i <= 300; i++) longBody.append("Paragraph number ").append(i).append(" of the long read.\n\n");
        library.create(InMemoryLibrary.post("Long read", longBody.toString()));
        library.create(InMemoryLibrary.post("Kafka consumer lag", "# Kafka\n\nWatch the lag."));
        DeskWindow window = deskWindow.show(library);
        DeskViewModel model = deskWindow.model();
        MetaPanelViewModel form = model.meta();
        Label words = robot.lookup("#status-words").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "Long read"));
        DeskWindowFixture.click(robot, "Long read");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.preview().renderedProperty().get().bodyHtml()
                .contains("Paragraph number 300") && form.body().countedProperty().get() && words.getText().startsWith("2,"));

        List<String> previews = new CopyOnWriteArrayList<>();
        List<String> statusWords = new CopyOnWriteArrayList<>();
        List<String> computed = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            model.preview().renderedProperty().addListener((o, was, now) -> previews.add(now.bodyHtml()));
            words.textProperty().addListener((o, was, now) -> statusWords.add(now));
            form.body().countedProperty().addListener((o, was, now) ->
                    computed.add(now ? form.body().wordsProperty().get() + " words" : "not counted"));
        });
        DeskWindowFixture.click(robot, "Kafka consumer lag");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.preview().renderedProperty().get().bodyHtml()
                .contains("Watch the lag") && form.body().countedProperty().get() && words.getText().startsWith("4 words"));

        assertThat(previews).as("what the preview showed after the click").isNotEmpty()
                .noneMatch(html -> html.contains("of the long read"));
        assertThat(previews.get(0)).contains("Rendering the preview");
        assertThat(statusWords.get(0)).isEqualTo("counting words\u2026");
        assertThat(statusWords).noneMatch(s -> s.startsWith("2,"));
        assertThat(computed).as("the form's computed figures: the long read's were never offered for Kafka")
                .containsExactly("not counted", "4 words");
        assertThat(window.editor().area().getText()).isEqualTo("# Kafka\n\nWatch the lag.");
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }
}
