package org.reviewdesk.checks;

import java.util.Arrays;

/**
 * The lines of a body and where code is: line numbers are 1-based, offsets index the body string.
 * Prose checks ask it whether a line or an offset is code, so that nothing fires inside code.
 */
public final class BodyLines {
    private final String body;
    private final int[] lineStarts;
    private final boolean[] codeLine;
    private final int[] inlineCodeStarts;
    private final int[] inlineCodeEnds;

    BodyLines(String body, boolean[] codeLine, int[] inlineCodeStarts, int[] inlineCodeEnds) {
        this.body = body;
        this.lineStarts = lineStarts(body);
        this.codeLine = codeLine;
        this.inlineCodeStarts = inlineCodeStarts;
        this.inlineCodeEnds = inlineCodeEnds;
    }

    static int[] lineStarts(String body) {
        int n = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') n++;
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') starts[k++] = i + 1;
        }
        return starts;
    }

    public int count() {
        return lineStarts.length;
    }

    /** Offset of the first character of a line. */
    public int start(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just after the last character of a line, before its line break. */
    public int end(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : body.length();
        if (end > start(line) && body.charAt(end - 1) == '\r') end--;
        return end;
    }

    public String text(int line) {
        return body.substring(start(line), end(line));
    }

    /** The 1-based line holding an offset (an offset at the very end belongs to the last line). */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** True when the line belongs to a code block, fences included. */
    public boolean isCodeLine(int line) {
        return line >= 1 && line <= codeLine.length && codeLine[line - 1];
    }

    /** True when the offset lies in a code block or an inline code span. */
    public boolean isCodeAt(int offset) {
        if (isCodeLine(lineOf(offset))) return true;
        int i = Arrays.binarySearch(inlineCodeStarts, offset);
        int candidate = i >= 0 ? i : -i - 2;
        return candidate >= 0 && offset < inlineCodeEnds[candidate];
    }
}
