package org.reviewdesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Marks are drawn over the Markdown highlighting, stay on their words while the user types, and go with the post. */
@ExtendWith(ApplicationExtension.class)
class EditorMarksTest {
    private static final String BODY = "# Caching\n\nCache the qurey result.\n\nSecond **bold** paragraph.";
    private final InMemoryLibrary library = new InMemoryLibrary();
    private EditorView view;
    private EditorViewModel model;
    private CodeArea area;
    private long id;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(1);
        model = new EditorViewModel(library, executor, executor);
        view = new EditorView(model, executor);
        area = view.area();
        id = library.create(InMemoryLibrary.post("Caching", BODY));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.getNode()), 600, 300));
        stage.getScene().getStylesheets().add(EditorView.class.getResource("/org/reviewdesk/gui/desk.css").toExternalForm());
        stage.show();
        model.open(id);
    }

    private boolean styled(int offset, String styleClass) {
        return area.getStyleOfChar(offset).contains(styleClass);
    }

    private void run(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aMarkIsDrawnOverTheHighlightingAndFollowsTyping(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().equals(BODY) && styled(2, "md-heading"));
        int typo = BODY.indexOf("qurey");
        int bold = BODY.indexOf("**bold**");
        run(() -> view.setMarks("spelling", List.of(new SourceMark(typo, typo + 5, "mark-spelling", "qurey?"),
                new SourceMark(bold + 2, bold + 6, "mark-tell", "a tell"))));

        assertThat(styled(typo, "mark-spelling")).isTrue();
        assertThat(styled(typo + 5, "mark-spelling")).as("the space after the word").isFalse();
        assertThat(area.getStyleOfChar(bold + 3)).contains("mark-tell", "md-strong");

        run(() -> area.insertText(BODY.indexOf("Cache"), "Now "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(styled(typo + 4, "mark-spelling")).isTrue();
        assertThat(styled(typo, "mark-spelling")).isFalse();
        assertThat(view.marksAt(typo + 5)).extracting(SourceMark::note).containsExactly("qurey?");

        run(() -> view.setMarks("spelling", List.of()));
        assertThat(styled(typo + 4, "mark-spelling")).as("a layer set empty is gone").isFalse();
        assertThat(area.getStyleOfChar(bold + 7)).contains("md-strong").doesNotContain("mark-tell");
    }

    @Test
    void aParagraphWithManyMarksIsDrawnWithoutThemWhileTypingGoesOnAndWithThemOnceItPauses() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().equals(BODY) && styled(2, "md-heading"));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < MarkHold.MARKS_KEPT + 10; i++) words.append(i == 0 ? "" : " ").append("zqw").append(i);
        run(() -> area.appendText("\n\n" + words));
        int from = BODY.length() + 2;
        List<SourceMark> many = new java.util.ArrayList<>();
        for (int i = 0; i < MarkHold.MARKS_KEPT + 10; i++) {
            int at = from + words.indexOf("zqw" + i + (i < MarkHold.MARKS_KEPT + 9 ? " " : ""));
            many.add(new SourceMark(at, at + 3 + Integer.toString(i).length(), "mark-spelling", "unknown"));
        }
        int typo = BODY.indexOf("qurey");
        many.add(new SourceMark(typo, typo + 5, "mark-spelling", "qurey?"));
        run(() -> view.setMarks("spelling", many));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> styled(from, "mark-spelling"));

        // Looked at in the keystroke's own turn of the FX thread: the hold ends 600 ms after it.
        boolean[] drawn = new boolean[2];
        run(() -> {
            area.insertText(from, "More ");
            drawn[0] = styled(from + 5, "mark-spelling");
            drawn[1] = styled(typo, "mark-spelling");
        });
        assertThat(drawn[0]).as("held while typing").isFalse();
        assertThat(drawn[1]).as("another paragraph keeps its mark").isTrue();
        assertThat(view.marks("spelling")).as("the marks themselves moved with the text").contains(
                new SourceMark(from + 5, from + 9, "mark-spelling", "unknown"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> styled(from + 5, "mark-spelling"));
        assertThat(styled(from, "mark-spelling")).as("the typed word is not marked").isFalse();
        assertThat(styled(from + 9, "mark-spelling")).as("the space after the first mark").isFalse();
    }

    @Test
    void anotherPostWithTheSameTextIsStyledAndMarkedAsItsOwn() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().equals(BODY) && styled(2, "md-heading"));
        int typo = BODY.indexOf("qurey");
        run(() -> view.setMarks("spelling", List.of(new SourceMark(typo, typo + 5, "mark-spelling", "qurey?"))));
        long twin = library.create(InMemoryLibrary.post("Caching again", BODY));

        run(() -> model.open(twin));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.openPostId() == twin);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !styled(typo, "mark-spelling"));
        int bold = BODY.indexOf("**bold**");
        run(() -> view.setMarks("tells", List.of(new SourceMark(bold + 2, bold + 6, "mark-tell", "a tell"))));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> styled(bold + 3, "mark-tell"));
        assertThat(area.getStyleOfChar(bold + 3)).contains("md-strong");
        assertThat(styled(2, "md-heading")).isTrue();
    }
}
