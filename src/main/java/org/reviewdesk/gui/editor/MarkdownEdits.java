package org.reviewdesk.gui.editor;

/**
 * The formatting shortcuts as text edits: what replaces a selection and where the caret goes after,
 * so the view only applies them and they are tested without a window.
 */
public final class MarkdownEdits {
    /** Replace [start, end) by {@code text}, then select [selectFrom, selectTo) (absolute positions). */
    public record Edit(int start, int end, String text, int selectFrom, int selectTo) {
    }

    /** Ctrl+B and Ctrl+I: wrap the selection in {@code marker}; with no selection, place the caret between. */
    public static Edit wrap(String text, int start, int end, String marker) {
        String selected = text.substring(start, end);
        String replacement = marker + selected + marker;
        int innerStart = start + marker.length();
        return new Edit(start, end, replacement, innerStart, innerStart + selected.length());
    }

    /** Ctrl+K: turn the selection into a link and select the URL placeholder, ready to type over. */
    public static Edit link(String text, int start, int end) {
        String selected = text.substring(start, end);
        String label = selected.isEmpty() ? "link text" : selected;
        boolean selectionIsUrl = selected.matches("https?://\\S+");
        String url = selectionIsUrl ? selected : "https://";
        String replacement = "[" + label + "](" + url + ")";
        int urlStart = start + label.length() + 3;
        if (selected.isEmpty()) return new Edit(start, end, replacement, start + 1, start + 1 + label.length());
        return new Edit(start, end, replacement, urlStart, urlStart + url.length());
    }

    private MarkdownEdits() {
    }
}
