package org.reviewdesk.checks.rules;

import java.util.List;
import java.util.Locale;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.markdown.HiddenHtml;

/**
 * The invisible characters of {@link HiddenContentCheck}: a zero-width character between two letters splits a
 * word for a search engine or a model (or hides a word inside another) while the reader sees one word, and a
 * bidirectional control makes the reader see the text in another order than the one written. One finding per
 * word, and per line for the controls.
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    static void scan(String body, BodyLines lines, Severity severity, List<Finding> out) {
        int i = 0;
        int bidiLine = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (HiddenHtml.isZeroWidthInWord(body, i) && !lines.isCodeAt(i)) {
                int start = wordStart(body, i);
                int end = wordEnd(body, i);
                out.add(zeroWidth(body.substring(start, end), lines.lineOf(start), start, end, severity));
                i = end;
                continue;
            }
            if (HiddenHtml.isBidiControl(c) && !lines.isCodeAt(i) && lines.lineOf(i) != bidiLine) {
                bidiLine = lines.lineOf(i);
                int start = lines.start(bidiLine);
                int end = lines.end(bidiLine);
                out.add(bidi(body.substring(start, end), bidiLine, start, end, severity));
            }
            i++;
        }
    }

    private static Finding zeroWidth(String word, int line, int start, int end, Severity severity) {
        String visible = strip(word, true);
        return Finding.inBody(HiddenContentCheck.ID, severity, "The word " + HiddenContentCheck.quote(shown(word))
                        + " holds an invisible character: a reader sees " + HiddenContentCheck.quote(visible)
                        + ", a search engine or a model reads something else. Delete the invisible character.",
                        line, start, end)
                .withQuickFix(new QuickFix("Delete the invisible characters",
                        post -> post.withBody(BodyEdits.replaceAt(post.body(), start, word, visible))));
    }

    private static Finding bidi(String text, int line, int start, int end, Severity severity) {
        String plain = strip(text, false);
        return Finding.inBody(HiddenContentCheck.ID, severity, "Bidirectional control characters make the reader "
                        + "see this line in another order than it is written: " + HiddenContentCheck.quote(shown(text))
                        + ". Delete them.", line, start, end)
                .withQuickFix(new QuickFix("Delete the bidirectional controls",
                        post -> post.withBody(BodyEdits.replaceAt(post.body(), start, text, plain))));
    }

    private static int wordStart(String body, int at) {
        int i = at;
        while (i > 0 && isWordPart(body.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String body, int at) {
        int i = at;
        while (i < body.length() && isWordPart(body.charAt(i))) i++;
        return i;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || HiddenHtml.isZeroWidth(c) || Character.isSurrogate(c);
    }

    private static String strip(String text, boolean zeroWidth) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> zeroWidth ? !HiddenHtml.isZeroWidth(c) : !HiddenHtml.isBidiControl(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The text with each invisible character written as its code point, so that the message shows it. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (HiddenHtml.isZeroWidth(c) || HiddenHtml.isBidiControl(c)) {
                out.append("<U+").append(String.format(Locale.ROOT, "%04X", c)).append('>');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
