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

    private record Range(int start, int end, String style) {
    }

    /** The style spans over the whole of {@code text}. */
    public static StyleSpans<Collection<String>> compute(String text) {
        List<Range> ranges = new ArrayList<>();
        boolean inFence = false;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = length;
            String line = text.substring(lineStart, lineEnd);
            if (FENCE.matcher(line).matches()) {
                ranges.add(new Range(lineStart, lineEnd, "md-code-block"));
                inFence = !inFence;
            } else if (inFence) {
                ranges.add(new Range(lineStart, lineEnd, "md-code-block"));
            } else if (HEADING.matcher(line).matches()) {
                ranges.add(new Range(lineStart, lineEnd, "md-heading"));
            } else if (QUOTE.matcher(line).matches()) {
                ranges.add(new Range(lineStart, lineEnd, "md-quote"));
            } else {
                int from = 0;
                Matcher list = LIST_MARKER.matcher(line);
                if (list.find()) {
                    ranges.add(new Range(lineStart, lineStart + list.end(), "md-list"));
                    from = list.end();
                }
                inline(line, from, lineStart, ranges);
            }
            lineStart = lineEnd + 1;
        }
        return build(ranges, length);
    }

    private static void inline(String line, int from, int offset, List<Range> ranges) {
        Matcher m = INLINE.matcher(line);
        m.region(from, line.length());
        while (m.find()) {
            String style = m.group("code") != null ? "md-code"
                    : m.group("strong") != null ? "md-strong"
                    : m.group("em") != null ? "md-emphasis" : "md-link";
            ranges.add(new Range(offset + m.start(), offset + m.end(), style));
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
