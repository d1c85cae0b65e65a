package org.reviewdesk.gui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Draws the {@link SourceMarks} over the Markdown highlighting of the code area: a paragraph's spans are its
 * highlighting with the classes of the marks on it added, and a mark's note shows while the pointer rests on it.
 */
final class MarkOverlay {
    private final CodeArea area;
    private final SourceMarks marks;
    /** A tooltip shown by hand: it takes the window's theme, and one shows per mark, not per area. */
    private final Tooltip note = new Tooltip();

    MarkOverlay(CodeArea area, SourceMarks marks) {
        this.area = area;
        this.marks = marks;
        note.getStyleClass().add("mark-note");
        note.setWrapText(true);
        note.setMaxWidth(420);
        showNotes();
    }

    /** The spans of a paragraph: its highlighting, with the marks on it. */
    StyleSpans<Collection<String>> spans(int paragraph, StyleSpans<Collection<String>> highlighting) {
        if (marks.isEmpty()) return highlighting;
        int from = area.getAbsolutePosition(paragraph, 0);
        int to = from + area.getParagraphLength(paragraph);
        List<SourceMark> on = marks.overlapping(from, to);
        if (on.isEmpty()) return highlighting;
        return highlighting.overlay(markSpans(on, from, to), MarkOverlay::union);
    }

    /** The paragraphs the marks lie on, each once, in order. */
    Set<Integer> paragraphsOf(Collection<SourceMark> some) {
        Set<Integer> out = new TreeSet<>();
        int length = area.getLength();
        for (SourceMark m : some) {
            if (m.isEmpty() || m.start() >= length) continue;
            int first = area.offsetToPosition(m.start(), TwoDimensional.Bias.Forward).getMajor();
            int last = area.offsetToPosition(Math.min(m.end(), length), TwoDimensional.Bias.Backward).getMajor();
            for (int p = first; p <= last; p++) out.add(p);
        }
        return out;
    }

    private static StyleSpans<Collection<String>> markSpans(List<SourceMark> on, int from, int to) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (SourceMark m : on) {
            cuts.add(Math.max(from, m.start()));
            cuts.add(Math.min(to, m.end()));
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer at = cuts.first();
        for (Integer next = cuts.higher(at); next != null; at = next, next = cuts.higher(next)) {
            int start = at;
            Set<String> classes = on.stream().filter(m -> m.start() <= start && m.end() > start)
                    .map(SourceMark::styleClass).collect(Collectors.toSet());
            spans.add(classes, next - at);
        }
        if (to == from) spans.add(Set.of(), 0);
        return spans.create();
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) return a;
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private void showNotes() {
        area.setMouseOverTextDelay(Duration.ofMillis(450));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<String> notes = new ArrayList<>();
            for (SourceMark m : marks.at(e.getCharacterIndex())) if (m.note() != null && !m.note().isBlank()) notes.add(m.note());
            if (notes.isEmpty()) return;
            note.setText(String.join("\n", notes));
            note.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 14);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> note.hide());
    }
}
