package org.reviewdesk.gui.editor;

import java.util.Objects;

/**
 * A range of the source drawn over the Markdown highlighting: a misspelt word, a machine-prose tell, a commented
 * span. Offsets are characters of the editor's text, {@code start <= end}; an empty mark is kept but not drawn.
 *
 * @param styleClass the CSS class that draws it ({@code mark-spelling}, {@code mark-tell}, {@code mark-comment})
 * @param note       what the editor shows while the pointer rests on it, or null for nothing
 */
public record SourceMark(int start, int end, String styleClass, String note) {
    public SourceMark {
        Objects.requireNonNull(styleClass, "styleClass");
        if (start < 0 || end < start) throw new IllegalArgumentException("a mark needs 0 <= start <= end, was " + start + ".." + end);
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** Whether the mark covers the character at {@code offset}. */
    public boolean covers(int offset) {
        return start <= offset && offset < end;
    }

    /**
     * Where this mark is after {@code removed} characters at {@code position} were replaced by {@code inserted} ones:
     * text typed inside it grows it, text typed at either edge does not, and text deleted from it shrinks it (to
     * empty when all of it went, replaced or not).
     */
    public SourceMark afterEdit(int position, int removed, int inserted) {
        int shift = inserted - removed;
        int s = start < position ? start : start >= position + removed ? start + shift : position + inserted;
        int e = end <= position ? end : end >= position + removed ? end + shift : position;
        e = Math.max(s, e);
        return s == start && e == end ? this : new SourceMark(s, e, styleClass, note);
    }
}
