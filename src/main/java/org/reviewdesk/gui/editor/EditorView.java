package org.reviewdesk.gui.editor;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.TwoDimensional;
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
    private final LatestValueJob<Snapshot, MarkdownHighlighter.Restyled> highlighting;
    /** The line styles last applied: the next edit is styled from them, line by line. */
    private List<MarkdownHighlighter.LineStyle> applied = List.of();
    /** The lines edited since {@link #applied}. */
    private final ChangedLines changed = new ChangedLines();
    /** Misspellings, tells and commented spans drawn over the highlighting, moved with every edit. */
    private final SourceMarks marks = new SourceMarks();
    private final MarkOverlay overlay;
    /** Paragraphs with many marks drawn without them while the user types in them (see {@link MarkHold}). */
    private final MarkHold hold = new MarkHold(this::redrawHeld);
    private final ReadOnlyIntegerWrapper topLine = new ReadOnlyIntegerWrapper(this, "topLine", 1);
    private long version;
    private boolean topLinePending;
    private boolean loading;

    /**
     * The text at one edit, numbered so a late result for an older text is recognised and dropped, with the
     * styles it is to be styled from and the lines edited since; no styles means styling every line.
     */
    private record Snapshot(long version, String text, List<MarkdownHighlighter.LineStyle> before, ChangedLines.Range edited) {
    }

    public EditorView(EditorViewModel model, BackgroundExecutor computeExecutor) {
        this.model = model;
        area.getStyleClass().add("markdown-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(true);
        WindowShortcutsFirst.install(area);
        highlighting = new LatestValueJob<>(computeExecutor, s -> s.before().isEmpty()
                ? whole(s.text()) : MarkdownHighlighter.restyle(s.text(), s.before(), s.edited()), r -> {
            if (r.input().version() == version) applyStyles(r.output(), r.input().before().isEmpty());
        }, e -> { });
        findBar = new FindBar(area, this::replaceWhole);
        overlay = new MarkOverlay(area, marks);
        layOut();
        followEdits();
        model.documentProperty().addListener((o, was, now) -> load(now));
        followScroll();
        area.setDisable(model.documentProperty().get() == null);
    }

    /** The find bar above the area, and a hint in its place while no post is open. */
    private void layOut() {
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        javafx.scene.control.Label empty = new javafx.scene.control.Label(
                "Choose a post in the list, or create one with Ctrl+N.");
        empty.getStyleClass().add("editor-empty");
        empty.visibleProperty().bind(model.documentProperty().isNull());
        root.setCenter(new javafx.scene.layout.StackPane(scroll, empty));
        root.setTop(findBar.getNode());
        root.getStyleClass().add("editor-pane");
    }

    /** Every change restyles the lines it touched, reaches the view model (unless a post is loading) and the find bar. */
    private void followEdits() {
        // Plain text changes, not the text property: restyling a line is a change of the document too, and an
        // observed text property copies the whole text after each one (60 KB for a 10,000-word post).
        area.plainTextChanges().subscribe(c -> {
            version++;
            marks.edited(c.getPosition(), c.getRemoved().length(), c.getInserted().length());
            int line = area.offsetToPosition(c.getPosition(), TwoDimensional.Bias.Forward).getMajor();
            int removed = lineBreaks(c.getRemoved());
            int inserted = lineBreaks(c.getInserted());
            hold.edited(line, removed, inserted, removed + inserted == 0 ? marksOn(line) : 0);
            boolean inStep = !applied.isEmpty() && changed.pending() == null;
            if (!applied.isEmpty()) changed.edited(line, removed, inserted);
            String now = area.getText();
            MarkdownHighlighter.Restyled oneLine = inStep && removed + inserted == 0
                    ? MarkdownHighlighter.restyleLine(area.getParagraph(line).getText(), applied, line) : null;
            // Styled at once, a keystroke's line is drawn once, in the pulse after it, not again when a job returns.
            if (oneLine != null) applyStyles(oneLine, false);
            else highlighting.request(new Snapshot(version, now, applied, changed.pending()));
            if (!loading) model.edit(now);
            findBar.textChanged();
        });
    }

    private int marksOn(int paragraph) {
        int from = area.getAbsolutePosition(paragraph, 0);
        return marks.overlapping(from, from + area.getParagraphLength(paragraph)).size();
    }

    /** Typing paused: the paragraphs held while it went on get their marks again, once the styles are up to date. */
    private void redrawHeld() {
        if (changed.pending() != null) {
            hold.waitAgain();
            return;
        }
        for (int p : hold.release()) {
            if (p < applied.size() && p < area.getParagraphs().size()) restyleIfDifferent(p, applied.get(p));
        }
    }

    /**
     * The top line follows the scroll once the pulse has laid the area out: asked before (a runLater after each
     * keystroke), the area laid its cells out for the question, outside the pulse (JFR: a seventh of the FX thread's
     * sampled time while typing).
     */
    private void followScroll() {
        area.estimatedScrollYProperty().addListener((o, was, now) -> topLinePending = true);
        Runnable afterLayout = () -> {
            if (!topLinePending) return;
            topLinePending = false;
            updateTopLine();
        };
        area.sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.removePostLayoutPulseListener(afterLayout);
            if (now != null) now.addPostLayoutPulseListener(afterLayout);
        });
        if (area.getScene() != null) area.getScene().addPostLayoutPulseListener(afterLayout);
    }

    private static MarkdownHighlighter.Restyled whole(String text) {
        List<MarkdownHighlighter.LineStyle> lines = MarkdownHighlighter.lines(text);
        return new MarkdownHighlighter.Restyled(lines, 0, lines.size() - 1);
    }

    private static int lineBreaks(String text) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
        return n;
    }

    /**
     * Replaces the whole text in one edit (a post loaded, every match replaced at once), styled again from scratch. The
     * same text is no change for the editor to follow (a twin post, a reload after a title change), so it is styled here.
     */
    private void replaceWhole(String text) {
        applied = List.of();
        changed.clear();
        if (area.getText().equals(text)) highlighting.request(new Snapshot(++version, text, applied, null));
        else area.replaceText(text);
    }

    /**
     * Applies the lines the job styled again, each only where the area's spans differ: typed text takes the
     * style of its neighbour, so an edited line is compared with what the area holds, not with the styles
     * applied before. A freshly opened post is styled in one call, so RichTextFX lays the text out once.
     */
    private void applyStyles(MarkdownHighlighter.Restyled styled, boolean wholeText) {
        List<MarkdownHighlighter.LineStyle> lines = styled.lines();
        if (lines.size() != area.getParagraphs().size()) {
            // Cannot happen for a result of the current text; should it, style everything again rather than guess.
            replaceWhole(area.getText());
            return;
        }
        applied = lines;
        changed.clear();
        if (wholeText) {
            area.setStyleSpans(0, MarkdownHighlighter.join(lines));
            for (int p : overlay.paragraphsOf(marks.all())) restyleIfDifferent(p, lines.get(p));
            return;
        }
        for (int i = styled.from(); i <= styled.to(); i++) restyleIfDifferent(i, lines.get(i));
    }

    /** Restyling a paragraph rebuilds its text nodes, so it is skipped when the styles already agree. */
    private void restyleIfDifferent(int paragraph, MarkdownHighlighter.LineStyle style) {
        var spans = hold.holds(paragraph) ? style.toSpans() : overlay.spans(paragraph, style.toSpans());
        if (!MarkdownHighlighter.sameStyles(area.getStyleSpans(paragraph), spans)) area.setStyleSpans(paragraph, 0, spans);
    }

    /**
     * Replaces a layer of marks ({@code spelling}, {@code tells}, {@code comments}) with marks at offsets of the text
     * as it is now; they follow the edits made after this. Opening another post clears every layer.
     */
    public void setMarks(String layer, List<SourceMark> layerMarks) {
        java.util.Set<Integer> touched = new java.util.TreeSet<>(overlay.paragraphsOf(marks.set(layer, layerMarks)));
        touched.addAll(overlay.paragraphsOf(layerMarks));
        for (int p : touched) {
            if (p < applied.size() && p < area.getParagraphs().size()) restyleIfDifferent(p, applied.get(p));
        }
    }

    /** The marks of one layer, where the edits since they were set have moved them. */
    public List<SourceMark> marks(String layer) {
        return marks.layer(layer);
    }

    /** The marks, of every layer, on the character at {@code offset}: what a right click there is about. */
    public List<SourceMark> marksAt(int offset) {
        return marks.at(offset);
    }

    private void load(OpenedPost post) {
        loading = true;
        marks.clear();
        hold.release();
        try {
            replaceWhole(post == null ? "" : post.post().body());
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

    /** A line above the find bar, such as the note about who else has the post open. */
    public void addHeader(Node header) {
        root.setTop(new javafx.scene.layout.VBox(header, findBar.getNode()));
    }

    public Node getNode() {
        return root;
    }

}
