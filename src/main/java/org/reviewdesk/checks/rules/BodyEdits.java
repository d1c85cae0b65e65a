package org.reviewdesk.checks.rules;

import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.BodyStructure;
import java.util.function.Predicate;

/** Text edits the quick fixes share. Each checks that the body still says what the finding saw. */
final class BodyEdits {
    private BodyEdits() {
    }

    /**
     * Deletes {@code text} at [start, end) with the white space after it; when the body changed since the check ran,
     * deletes the last occurrence of {@code text} instead, and leaves the body alone when it is not there twice.
     */
    static String deleteRepeat(String body, int start, int end, String text) {
        int at = end <= body.length() && body.startsWith(text, start) ? start : -1;
        if (at < 0) {
            int first = body.indexOf(text);
            int last = body.lastIndexOf(text);
            if (first < 0 || first == last) return body;
            at = last;
        }
        int stop = at + text.length();
        while (stop < body.length() && (body.charAt(stop) == ' ' || body.charAt(stop) == '\t')) stop++;
        int from = at;
        // a sentence that ends its line takes the space before it, so no trailing blank is left behind
        if (stop == body.length() || body.charAt(stop) == '\n' || body.charAt(stop) == '\r') {
            while (from > 0 && (body.charAt(from - 1) == ' ' || body.charAt(from - 1) == '\t')) from--;
        }
        return body.substring(0, from) + body.substring(stop);
    }

    /** Removes every line outside code that {@code unwanted} matches, then squeezes the blank lines left behind. */
    static String removeLines(String body, Predicate<String> unwantedLine) {
        BodyLines lines = BodyStructure.of(body).lines();
        StringBuilder out = new StringBuilder(body.length());
        boolean lastWasBlank = true;
        for (int l = 1; l <= lines.count(); l++) {
            String text = lines.text(l);
            boolean code = lines.isCodeLine(l);
            if (!code && unwantedLine.test(text)) continue;
            boolean blank = !code && text.isBlank();
            if (blank && lastWasBlank) continue;
            out.append(text).append('\n');
            lastWasBlank = blank;
        }
        while (out.length() > 0 && (out.charAt(out.length() - 1) == '\n' || out.charAt(out.length() - 1) == ' ')) {
            out.setLength(out.length() - 1);
        }
        if (body.endsWith("\n") && out.length() > 0) out.append('\n');
        return out.toString();
    }

    /**
     * Replaces {@code expected} at {@code start} by {@code replacement}; when the body changed since the check ran,
     * replaces {@code expected} where it now is, and leaves the body alone when it is not there exactly once.
     */
    static String replaceAt(String body, int start, String expected, String replacement) {
        int at = start >= 0 && body.startsWith(expected, start) ? start : -1;
        if (at < 0) {
            int first = body.indexOf(expected);
            if (first < 0 || first != body.lastIndexOf(expected)) return body;
            at = first;
        }
        return body.substring(0, at) + replacement + body.substring(at + expected.length());
    }
}
