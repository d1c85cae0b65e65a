package org.reviewdesk.gui.comments;

import java.util.Optional;

/**
 * Where in the Markdown source a piece of the rendered preview comes from: the preview shows "Keep the last build"
 * where the source says "Keep the **last** build", so the selection is looked for in the source's visible text (its
 * characters without the Markdown markup, white space runs as one space), and the match is mapped back to source
 * offsets. Approximate on purpose, as a reader's eye is: emphasis, code spans, headings, quotes, list markers, links
 * (their text kept, their address left out), images and HTML tags are markup.
 */
public final class PreviewQuote {
    /** A span of the source, and how many places of the source show the same text (the first is taken). */
    public record Found(int start, int end, int places) {
    }

    private PreviewQuote() {
    }

    /** The first place of {@code body} whose visible text is {@code selected}, or empty when none is. */
    public static Optional<Found> locate(String body, String selected) {
        String wanted = selected == null ? "" : selected.strip().replaceAll("\\s+", " ");
        if (wanted.isEmpty()) return Optional.empty();
        StringBuilder visible = new StringBuilder(body.length());
        int[] at = new int[body.length() + 1];
        project(body, visible, at);
        String text = visible.toString();
        int first = text.indexOf(wanted);
        if (first < 0) return Optional.empty();
        int places = 0;
        for (int i = first; i >= 0; i = text.indexOf(wanted, i + 1)) places++;
        int last = first + wanted.length() - 1;
        return Optional.of(new Found(at[first], at[last] + 1, places));
    }

    /** Appends the visible characters of {@code body} to {@code out}, with at[i] the source offset of out's i-th. */
    private static void project(String body, StringBuilder out, int[] at) {
        boolean lineStart = true;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (lineStart) {
                int skip = lineMarker(body, i);
                lineStart = false;
                if (skip > i) {
                    i = skip;
                    continue;
                }
            }
            if (c == '\n') lineStart = true;
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') add(out, at, ' ', i);
                i++;
            } else if (c == '!' && body.startsWith("[", i + 1)) {
                i = skipPast(body, i, ')'); // an image shows no text of its own
            } else if (c == ']' && body.startsWith("(", i + 1)) {
                i = skipPast(body, i, ')'); // a link's address
            } else if (c == '<' && i + 1 < body.length() && (Character.isLetter(body.charAt(i + 1)) || body.charAt(i + 1) == '/')) {
                i = skipPast(body, i, '>');
            } else if (c == '*' || c == '_' || c == '`' || c == '~' || c == '[') {
                i++;
            } else {
                add(out, at, c, i);
                i++;
            }
        }
    }

    private static void add(StringBuilder out, int[] at, char c, int source) {
        at[out.length()] = source;
        out.append(c);
    }

    /** Past a line's heading, quote or list marker (spaces before it too). */
    private static int lineMarker(String body, int i) {
        int j = i;
        while (j < body.length() && body.charAt(j) == ' ') j++;
        int k = j;
        while (k < body.length() && (body.charAt(k) == '#' || body.charAt(k) == '>')) k++;
        if (k == j && k < body.length() && "-*+".indexOf(body.charAt(k)) >= 0) k++;
        if (k == j) {
            while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
            if (k > j && k < body.length() && (body.charAt(k) == '.' || body.charAt(k) == ')')) k++;
            else k = j;
        }
        if (k > j && k < body.length() && body.charAt(k) == ' ') {
            while (k < body.length() && body.charAt(k) == ' ') k++;
            return k;
        }
        return i;
    }

    private static int skipPast(String body, int i, char end) {
        int close = body.indexOf(end, i);
        return close < 0 ? body.length() : close + 1;
    }
}
