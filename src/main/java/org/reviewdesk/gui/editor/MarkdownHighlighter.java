package org.reviewdesk.gui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Markdown highlighting for the source editor: headings, emphasis, code, links, lists and quotes.
 * A pure function of the text, so it runs off the FX thread; the view applies the spans only if
 * the text has not changed meanwhile. Line based, like an editor's highlighter: it is a reading aid,
 * not a parser, and the preview shows the exact rendering.
 *
 * <p>A line's styles depend on its text and on one bit carried from the line before (inside a fenced
 * block or not), so after an edit only the edited lines are styled again, plus the lines after them
 * for as long as that bit comes out different from before: {@link #restyle}. Typing in a paragraph of a
 * long post then costs one line instead of every line.
 */
public final class MarkdownHighlighter {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*+\u2022]|\\d{1,9}[.)])(\\s+\\[[ xX]\\])?\\s");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>.*$");
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>`[^`\\n]+`)"
                    + "|(?<strong>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
                    + "|(?<em>\\*[^*\\s][^*\\n]*\\*|(?<![\\w])_[^_\\s][^_\\n]*_(?![\\w]))"
                    + "|(?<link>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|<https?://[^>\\s]+>|https?://[^\\s)>]+)");

    /** A styled run within a line: [start, end) relative to the line's start. */
    record Range(int start, int end, String style) {
    }

    /**
     * The styles of one line (paragraph) of the editor; equal styles need not be applied again.
     *
     * @param inFenceAfter whether the next line starts inside a fenced code block
     */
    public record LineStyle(int length, List<Range> ranges, boolean inFenceAfter) {
        public StyleSpans<Collection<String>> toSpans() {
            return build(ranges, length);
        }
    }

    /**
     * The styles of a text after an edit.
     *
     * @param lines one entry per line of the new text
     * @param from  the first line whose styles were computed again
     * @param to    the last one (inclusive); every other line kept the styles it had
     */
    public record Restyled(List<LineStyle> lines, int from, int to) {
    }

    /** The style spans over the whole of {@code text}. */
    public static StyleSpans<Collection<String>> compute(String text) {
        return join(lines(text));
    }

    /** The spans of a whole text from its lines (the line breaks carry no style). */
    public static StyleSpans<Collection<String>> join(List<LineStyle> lines) {
        List<Range> all = new ArrayList<>();
        int offset = 0;
        for (LineStyle line : lines) {
            for (Range r : line.ranges()) all.add(new Range(offset + r.start(), offset + r.end(), r.style()));
            offset += line.length() + 1;
        }
        return build(all, Math.max(0, offset - 1));
    }

    /** Whether two runs of spans give every character the same style. */
    public static boolean sameStyles(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.length() != b.length()) return false;
        java.util.Iterator<org.fxmisc.richtext.model.StyleSpan<Collection<String>>> ia = a.iterator();
        java.util.Iterator<org.fxmisc.richtext.model.StyleSpan<Collection<String>>> ib = b.iterator();
        org.fxmisc.richtext.model.StyleSpan<Collection<String>> sa = null;
        org.fxmisc.richtext.model.StyleSpan<Collection<String>> sb = null;
        int leftA = 0;
        int leftB = 0;
        while (true) {
            // Skip empty spans: RichTextFX may keep zero-length runs that style nothing.
            while (leftA == 0 && ia.hasNext()) {
                sa = ia.next();
                leftA = sa.getLength();
            }
            while (leftB == 0 && ib.hasNext()) {
                sb = ib.next();
                leftB = sb.getLength();
            }
            if (leftA == 0 || leftB == 0) return leftA == leftB;
            if (!new java.util.HashSet<>(sa.getStyle()).equals(new java.util.HashSet<>(sb.getStyle()))) return false;
            int step = Math.min(leftA, leftB);
            leftA -= step;
            leftB -= step;
        }
    }

    /** The styles line by line, one entry per paragraph of the editor. */
    public static List<LineStyle> lines(String text) {
        List<LineStyle> out = new ArrayList<>();
        boolean inFence = false;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = length;
            LineStyle style = line(text.substring(lineStart, lineEnd), inFence);
            out.add(style);
            inFence = style.inFenceAfter();
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The styles of {@code text} after an edit, from the styles of the text before it: lines
     * {@code changed.from()} to {@code changed.to()} of the new text are styled again, and so is each
     * following line whose fence state differs from before; the others keep their styles, moved by the
     * number of lines the edit added or removed. Falls back to styling every line when {@code before}
     * does not fit the edit.
     */
    public static Restyled restyle(String text, List<LineStyle> before, ChangedLines.Range changed) {
        int count = lineCount(text);
        int shift = changed.lineShift();
        int from = changed.from();
        if (before.isEmpty() || before.size() + shift != count || from < 0 || changed.to() >= count) {
            List<LineStyle> all = lines(text);
            return new Restyled(all, 0, all.size() - 1);
        }
        int lineStart = offsetOfLine(text, from);
        boolean inFence = from > 0 && before.get(from - 1).inFenceAfter();
        List<LineStyle> out = new ArrayList<>(count);
        out.addAll(before.subList(0, from));
        int line = from;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            LineStyle style = line(text.substring(lineStart, lineEnd), inFence);
            out.add(style);
            inFence = style.inFenceAfter();
            // Past the edit, the old line with the same text ended in the same fence state: nothing below changes.
            boolean settled = line >= changed.to() && (line - shift < before.size())
                    && before.get(line - shift).inFenceAfter() == inFence;
            if (settled || line == count - 1) break;
            line++;
            lineStart = lineEnd + 1;
        }
        out.addAll(before.subList(line + 1 - shift, before.size()));
        return new Restyled(List.copyOf(out), from, line);
    }

    /**
     * The styles after an edit within line {@code line}, whose text is now {@code lineText}, from the styles of the
     * text before it; null when the edit opened or closed a fenced code block, which restyles the lines below (then
     * {@link #restyle} does). A keystroke is styled this way at once, on the FX thread: one line's patterns.
     */
    public static Restyled restyleLine(String lineText, List<LineStyle> before, int line) {
        if (line < 0 || line >= before.size()) return null;
        LineStyle style = line(lineText, line > 0 && before.get(line - 1).inFenceAfter());
        if (style.inFenceAfter() != before.get(line).inFenceAfter()) return null;
        List<LineStyle> out = new ArrayList<>(before);
        out.set(line, style);
        return new Restyled(java.util.Collections.unmodifiableList(out), line, line);
    }

    private static LineStyle line(String line, boolean inFence) {
        List<Range> ranges = new ArrayList<>(2);
        boolean fenceAfter = inFence;
        if (FENCE.matcher(line).matches()) {
            ranges.add(new Range(0, line.length(), "md-code-block"));
            fenceAfter = !inFence;
        } else if (inFence) {
            ranges.add(new Range(0, line.length(), "md-code-block"));
        } else if (HEADING.matcher(line).matches()) {
            ranges.add(new Range(0, line.length(), "md-heading"));
        } else if (QUOTE.matcher(line).matches()) {
            ranges.add(new Range(0, line.length(), "md-quote"));
        } else {
            int from = 0;
            Matcher list = LIST_MARKER.matcher(line);
            if (list.find()) {
                ranges.add(new Range(0, list.end(), "md-list"));
                from = list.end();
            }
            inline(line, from, ranges);
        }
        return new LineStyle(line.length(), List.copyOf(ranges), fenceAfter);
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
        return n;
    }

    private static int offsetOfLine(String text, int line) {
        int at = 0;
        for (int i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
        return at;
    }

    private static void inline(String line, int from, List<Range> ranges) {
        Matcher m = INLINE.matcher(line);
        m.region(from, line.length());
        while (m.find()) {
            String style = m.group("code") != null ? "md-code"
                    : m.group("strong") != null ? "md-strong"
                    : m.group("em") != null ? "md-emphasis" : "md-link";
            ranges.add(new Range(m.start(), m.end(), style));
        }
    }

    private static StyleSpans<Collection<String>> build(List<Range> ranges, int length) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Range r : ranges) {
            if (r.start() > at) spans.add(Set.of(), r.start() - at);
            spans.add(Set.of(r.style()), r.end() - r.start());
            at = r.end();
        }
        spans.add(Set.of(), Math.max(0, length - at));
        return spans.create();
    }

    private MarkdownHighlighter() {
    }
}
