package org.reviewdesk.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text find for the find and replace bar; case-insensitive, as editors expect by default. */
public final class TextSearch {
    /** A match: [start, end). */
    public record Match(int start, int end) {
    }

    public static List<Match> find(String text, String query) {
        List<Match> matches = new ArrayList<>();
        if (query.isEmpty()) return matches;
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        // Lower-casing can change lengths for a few scripts; fall back to exact matching then.
        if (haystack.length() != text.length() || needle.length() != query.length()) {
            haystack = text;
            needle = query;
        }
        int at = haystack.indexOf(needle);
        while (at >= 0) {
            matches.add(new Match(at, at + needle.length()));
            at = haystack.indexOf(needle, at + needle.length());
        }
        return matches;
    }

    /** The first match at or after {@code caret}, wrapping around; -1 when there is none. */
    public static int next(List<Match> matches, int caret) {
        if (matches.isEmpty()) return -1;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= caret) return i;
        }
        return 0;
    }

    /** The text with every match replaced. */
    public static String replaceAll(String text, List<Match> matches, String replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Match m : matches) {
            out.append(text, at, m.start()).append(replacement);
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private TextSearch() {
    }
}
