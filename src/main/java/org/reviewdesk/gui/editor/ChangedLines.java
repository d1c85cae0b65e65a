package org.reviewdesk.gui.editor;

/**
 * The lines the edits touched since the highlighting was last applied, so that only those are styled
 * again. Edits arrive one by one while a styling job may still run for an older text; each edit is folded
 * into one range of lines of the current text plus the number of lines added overall, which is all that
 * {@link MarkdownHighlighter#restyle} needs to line up the old styles with the new text.
 */
public final class ChangedLines {
    /**
     * Lines {@code from} to {@code to} (inclusive) of the new text replace lines {@code from} to
     * {@code to - lineShift} of the old one; the lines after them moved by {@code lineShift}.
     */
    public record Range(int from, int to, int lineShift) {
    }

    private Range pending;

    /**
     * An edit that starts on line {@code line} and replaces text holding {@code removedBreaks} line breaks
     * by text holding {@code insertedBreaks}.
     */
    public void edited(int line, int removedBreaks, int insertedBreaks) {
        int shift = insertedBreaks - removedBreaks;
        int last = line + insertedBreaks;
        if (pending == null) {
            pending = new Range(line, last, shift);
            return;
        }
        // Earlier edits are numbered in the text before this one: move their end past it.
        int to = pending.to();
        int movedTo = to < line ? to : to <= line + removedBreaks ? last : to + shift;
        pending = new Range(Math.min(pending.from(), line), Math.max(movedTo, last), pending.lineShift() + shift);
    }

    /** The range since the last {@link #clear}, or null when nothing changed. */
    public Range pending() {
        return pending;
    }

    public void clear() {
        pending = null;
    }
}
