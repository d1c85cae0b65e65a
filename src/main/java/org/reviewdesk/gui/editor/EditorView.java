package org.reviewdesk.gui.editor;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.LatestValueJob;

/**
 * The Markdown source editor: a code area with line numbers, highlighting computed off the FX thread,
 * the formatting commands (bound to Ctrl+B, Ctrl+I and Ctrl+K by the menus), soft wrap and the find and replace bar. It feeds every change to the
 * {@link EditorViewModel} and replaces its text when the view model opens another post.
 */
public final class EditorView {
    private final CodeArea area = new CodeArea();
    private final BorderPane root = new BorderPane();
    private final FindBar findBar;
    private final EditorViewModel model;
    private final LatestValueJob<Snapshot, List<MarkdownHighlighter.LineStyle>> highlighting;
    /** The line styles last applied, to apply only the lines that changed. */
    private List<MarkdownHighlighter.LineStyle> applied = List.of();
    private final ReadOnlyIntegerWrapper topLine = new ReadOnlyIntegerWrapper(this, "topLine", 1);
    private long version;
    private boolean topLinePending;
    private boolean loading;

    /** The text at one edit, numbered so a late result for an older text is recognised and dropped. */
    private record Snapshot(long version, String text) {
    }

    public EditorView(EditorViewModel model, BackgroundExecutor computeExecutor) {
        this.model = model;
        area.getStyleClass().add("markdown-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(true);
        highlighting = new LatestValueJob<>(computeExecutor, s -> MarkdownHighlighter.lines(s.text()), r -> {
            if (r.input().version() == version) applyStyles(r.output());
        }, e -> { });
        findBar = new FindBar(area, () -> applied = List.of());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        javafx.scene.control.Label empty = new javafx.scene.control.Label(
                "Choose a post in the list, or create one with Ctrl+N.");
        empty.getStyleClass().add("editor-empty");
        empty.visibleProperty().bind(model.documentProperty().isNull());
        root.setCenter(new javafx.scene.layout.StackPane(scroll, empty));
        root.setTop(findBar.getNode());
        root.getStyleClass().add("editor-pane");

        area.textProperty().addListener((o, was, now) -> {
            version++;
            highlighting.request(new Snapshot(version, now));
            if (!loading) model.edit(now);
            findBar.textChanged();
        });
        model.documentProperty().addListener((o, was, now) -> load(now));
        // The scroll estimate moves before the viewport is laid out; read the top line after that layout.
        area.estimatedScrollYProperty().addListener((o, was, now) -> {
            if (topLinePending) return;
            topLinePending = true;
            javafx.application.Platform.runLater(() -> {
                topLinePending = false;
                updateTopLine();
            });
        });
        area.setDisable(model.documentProperty().get() == null);
    }

    /**
     * Applies the lines between the unchanged start and end, plus the caret's line: typed text takes
     * the style of its neighbour, so that line is restyled even when its computed styles are equal.
     * A freshly opened post is styled in one call, so RichTextFX lays the text out once.
     */
    private void applyStyles(List<MarkdownHighlighter.LineStyle> lines) {
        if (lines.size() != area.getParagraphs().size()) return;
        int max = Math.min(applied.size(), lines.size());
        int prefix = 0;
        while (prefix < max && Objects.equals(applied.get(prefix), lines.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < max - prefix
                && Objects.equals(applied.get(applied.size() - 1 - suffix), lines.get(lines.size() - 1 - suffix))) suffix++;
        int caretLine = area.getCurrentParagraph();
        if (caretLine < prefix || caretLine >= lines.size() - suffix) {
            restyleIfDifferent(caretLine, lines.get(caretLine));
        }
        applied = lines;
        if (prefix == 0 && suffix == 0) {
            area.setStyleSpans(0, MarkdownHighlighter.join(lines));
            return;
        }
        for (int i = prefix; i < lines.size() - suffix; i++) restyleIfDifferent(i, lines.get(i));
    }

    /** Restyling a paragraph rebuilds its text nodes, so it is skipped when the styles already agree. */
    private void restyleIfDifferent(int paragraph, MarkdownHighlighter.LineStyle style) {
        if (!MarkdownHighlighter.sameStyles(area.getStyleSpans(paragraph), style.toSpans())) {
            area.setStyleSpans(paragraph, 0, style.toSpans());
        }
    }

    private void load(OpenedPost post) {
        loading = true;
        applied = List.of();
        try {
            area.replaceText(post == null ? "" : post.post().body());
        } finally {
            loading = false;
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        // Not requestFollowCaret(): right after replacing the whole text the caret's cell is not laid out yet.
        area.showParagraphAtTop(0);
        area.setDisable(post == null);
    }

    private void updateTopLine() {
        if (area.getParagraphs().isEmpty()) return;
        try {
            topLine.set(area.firstVisibleParToAllParIndex() + 1);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // No visible paragraph yet (before the first layout): keep the last known line.
        }
    }

    private void apply(MarkdownEdits.Edit edit) {
        area.replaceText(edit.start(), edit.end(), edit.text());
        area.selectRange(edit.selectFrom(), edit.selectTo());
    }

    public void bold() {
        apply(MarkdownEdits.wrap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(), "**"));
    }

    public void italic() {
        apply(MarkdownEdits.wrap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(), "*"));
    }

    public void link() {
        apply(MarkdownEdits.link(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd()));
    }

    public void showFind(boolean withReplace) {
        findBar.show(withReplace);
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    /** Puts the caret at the start of a 1-based source line and shows it (a click in the preview). */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(paragraph);
        area.requestFocus();
    }

    public BooleanProperty wrapTextProperty() {
        return area.wrapTextProperty();
    }

    /** The 1-based source line at the top of the editor, for scroll sync. */
    public ReadOnlyIntegerProperty topLineProperty() {
        return topLine.getReadOnlyProperty();
    }

    public CodeArea area() {
        return area;
    }

    public Node getNode() {
        return root;
    }

}
