package org.reviewdesk.checks.rules;

import java.util.List;
import java.util.Locale;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.markdown.HiddenCharacters;
import org.reviewdesk.markdown.HiddenHtml;

/**
 * The invisible characters of {@link HiddenContentCheck}: a zero-width character between two letters splits a
 * word for a search engine or a model (or hides a word inside another) while the reader sees one word, and a
 * bidirectional control makes the reader see the text in another order than the one written; a hidden character
 * ({@link HiddenCharacters}: tag characters spell a whole message) or a character reference that writes any of them
 * shows as nothing. One finding per word, per line for the controls, per run of hidden characters, per reference.
 */
final class InvisibleCharacters {
    private static final Pattern REFERENCE = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private InvisibleCharacters() {
    }

    static void scan(String body, BodyLines lines, Severity severity, List<Finding> out) {
        int i = 0;
        int bidiLine = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (HiddenHtml.isZeroWidth(c)) {
                i = zeroWidthRun(body, i, lines, severity, out);
                continue;
            }
            int hiddenEnd = HiddenCharacters.runEnd(body, i);
            if (hiddenEnd > i) {
                // Not spared in code: a model reads a code block as well.
                if (!HiddenCharacters.isFlagSequence(body, i, hiddenEnd)) {
                    out.add(hidden(body.substring(i, hiddenEnd), lines.lineOf(i), i, hiddenEnd, severity));
                }
                i = hiddenEnd;
                continue;
            }
            if (c == '&' && !lines.isCodeAt(i)) {
                int end = reference(body, i, lines, severity, out);
                if (end > i) {
                    i = end;
                    continue;
                }
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

    /**
     * The run of zero-width characters at {@code at}: the word it is in is found when it is in one. A run is in a word
     * or not as a whole, asked once, so that a long run is not walked again at each of its characters.
     *
     * @return where to go on scanning
     */
    private static int zeroWidthRun(String body, int at, BodyLines lines, Severity severity, List<Finding> out) {
        if (!HiddenHtml.isZeroWidthInWord(body, at) || lines.isCodeAt(at)) return HiddenCharacters.zeroWidthRunEnd(body, at);
        int start = wordStart(body, at);
        int end = wordEnd(body, at);
        out.add(zeroWidth(body.substring(start, end), lines.lineOf(start), start, end, severity));
        return end;
    }

    /**
     * A character reference ({@code &#x200B;}, {@code &rlm;}) at {@code at} that writes a zero-width character, a
     * bidirectional control or a hidden character: the page shows nothing there. Written by hand, it is deliberate.
     *
     * @return the end of the reference when it was one, else {@code at}
     */
    private static int reference(String body, int at, BodyLines lines, Severity severity, List<Finding> out) {
        Matcher m = REFERENCE.matcher(body).region(at, Math.min(body.length(), at + 40));
        if (!m.lookingAt()) return at;
        int c = HiddenCharacters.referenced(m.group());
        boolean invisible = c >= 0 && (HiddenHtml.isZeroWidth(c) || HiddenHtml.isBidiControl(c) || HiddenCharacters.isHidden(c)
                || c == 0x200E || c == 0x200F || c == 0x061C);
        if (!invisible) return at;
        String ref = m.group();
        out.add(Finding.inBody(HiddenContentCheck.ID, severity, "The reference " + HiddenContentCheck.quote(ref)
                        + String.format(Locale.ROOT, " writes U+%04X, which the published page shows as nothing", c)
                        + (HiddenHtml.isBidiControl(c) ? " while it reorders the text after it" : "")
                        + ". Delete it.", lines.lineOf(at), at, m.end())
                .withQuickFix(new QuickFix("Delete the invisible character",
                        post -> post.withBody(BodyEdits.replaceAt(post.body(), at, ref, "")))));
        return m.end();
    }

    private static Finding hidden(String run, int line, int start, int end, Severity severity) {
        return Finding.inBody(HiddenContentCheck.ID, severity, "Here the text holds " + HiddenCharacters.describe(run)
                        + ": the reader sees nothing, a search engine or a model reads it. Delete them.", line, start, end)
                .withQuickFix(new QuickFix("Delete the invisible characters",
                        post -> post.withBody(BodyEdits.replaceAt(post.body(), start, run, ""))));
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
