package org.reviewdesk.gui.bench;

import java.util.function.IntPredicate;

/**
 * Where the typing measurement puts the caret in a Markdown post: at the start, the middle and the end of the post,
 * and inside a list item, a fenced code block and a table cell, the blocks whose highlighting and preview differ
 * most. Each place is found again in the current text before every run of keystrokes, so earlier typing moves
 * nothing out of its block.
 */
public enum TypingPlaces {
    /** The end of the post's first paragraph. */
    START,
    /** The end of the first paragraph at or after the middle of the text. */
    MIDDLE,
    /** The very end of the text. */
    END,
    /** The end of a bullet item a quarter of the way in. */
    LIST,
    /** The end of a code block's first line, past the half of the text. */
    CODE,
    /** Inside the last cell of a table's first data row, three quarters of the way in. */
    TABLE;

    /** The caret offset for this place in {@code text}. */
    public int caretIn(String text) {
        return switch (this) {
            case START -> lineEnd(text, lineFrom(text, 0, prose(text)));
            case MIDDLE -> lineEnd(text, lineFrom(text, text.length() / 2, prose(text)));
            case END -> text.length();
            case LIST -> lineEnd(text, lineFrom(text, text.length() / 4, at -> text.startsWith("- ", at)));
            case CODE -> lineEnd(text, lineEnd(text, lineFrom(text, text.length() / 2, at -> opensFence(text, at))) + 1);
            case TABLE -> lineEnd(text, lineFrom(text, text.length() * 3 / 4, at -> isTableRow(text, at))) - 2;
        };
    }

    private static IntPredicate prose(String text) {
        return at -> at < text.length() && Character.isLetter(text.charAt(at));
    }

    /** A fence with an info string ("```python"), which a closing fence never has. */
    private static boolean opensFence(String text, int at) {
        return text.startsWith("```", at) && at + 3 < text.length() && Character.isLetter(text.charAt(at + 3));
    }

    /** A table's data row: a row whose line above is the table's delimiter row. */
    private static boolean isTableRow(String text, int at) {
        if (!text.startsWith("|", at) || text.startsWith("| ---", at) || at == 0) return false;
        int above = text.lastIndexOf('\n', at - 2) + 1;
        return text.startsWith("| ---", above);
    }

    /** The start of the first line at or after {@code from} that {@code wanted} accepts, else the first in the text. */
    private static int lineFrom(String text, int from, IntPredicate wanted) {
        int found = firstLine(text, from == 0 ? 0 : text.indexOf('\n', from) + 1, wanted);
        if (found < 0) found = firstLine(text, 0, wanted);
        if (found < 0) throw new IllegalArgumentException("no such block in the text");
        return found;
    }

    private static int firstLine(String text, int at, IntPredicate wanted) {
        while (at < text.length()) {
            if (wanted.test(at)) return at;
            int next = text.indexOf('\n', at);
            if (next < 0) return -1;
            at = next + 1;
        }
        return -1;
    }

    private static int lineEnd(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 ? text.length() : end;
    }
}
