package org.reviewdesk.gui.findings;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.reviewdesk.checks.Severity;

/**
 * The editor's gutter with the findings: next to each line number, a small mark coloured by the most
 * serious finding of that line (error red, warning amber, info blue; colours in findings.css), and beside it a
 * comment mark on the lines an open comment is on.
 */
public final class FindingGutter {
    private final CodeArea area;
    private Map<Integer, Severity> marks = Map.of();
    /** Whether a paragraph (0-based) has an open comment on it; asked as the paragraph's gutter is drawn. */
    private java.util.function.IntPredicate commented = p -> false;

    public FindingGutter(CodeArea area) {
        this.area = area;
    }

    /** Shows new marks; the gutter is rebuilt only when they differ, so typing does not flicker. */
    public void show(Map<Integer, Severity> lineMarks) {
        if (lineMarks.equals(marks)) return;
        marks = Map.copyOf(lineMarks);
        redraw();
    }

    /** Marks the paragraphs {@code commented} says an open comment is on (it is asked as each is drawn). */
    public void showComments(java.util.function.IntPredicate commented) {
        this.commented = commented;
        redraw();
    }

    private void redraw() {
        Map<Integer, Severity> now = marks;
        java.util.function.IntPredicate withComment = commented;
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(paragraph -> {
            Region mark = new Region();
            mark.getStyleClass().add("finding-mark");
            Severity severity = now.get(paragraph + 1);
            if (severity != null) mark.getStyleClass().add(styleClass(severity));
            Region comment = new Region();
            comment.getStyleClass().add("comment-mark");
            comment.setVisible(withComment.test(paragraph));
            HBox box = new HBox(numbers.apply(paragraph), mark, comment);
            // Top: a wrapped paragraph keeps its number beside its first line.
            box.setAlignment(Pos.TOP_LEFT);
            return box;
        });
    }

    /** The marks shown now, by 1-based line. */
    public Map<Integer, Severity> marks() {
        return marks;
    }

    static String styleClass(Severity severity) {
        return "finding-" + severity.name().toLowerCase(Locale.ROOT);
    }
}
