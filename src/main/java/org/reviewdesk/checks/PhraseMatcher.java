package org.reviewdesk.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entries of a tell list in text: whole words, case aside, any run of white space where an entry has a
 * space, either apostrophe where it has one. The text is read once, word by word; a word that begins an entry is
 * tried against that entry's words, the longest entry first. (One regular expression of every entry took a
 * millisecond and more per list on a 10,000-word post.)
 */
public final class PhraseMatcher {
    /** Where an entry was found: [start, end) in the text searched. */
    public record Match(int start, int end, TellLists.Entry entry) {
    }

    /** The entries by their first word, longest entry first. */
    private final Map<String, List<TellLists.Entry>> byFirstWord = new HashMap<>();

    PhraseMatcher(List<TellLists.Entry> entries) {
        List<TellLists.Entry> longestFirst = new ArrayList<>(entries);
        longestFirst.sort(Comparator.comparingInt((TellLists.Entry e) -> e.key().length()).reversed());
        for (TellLists.Entry e : longestFirst) {
            String first = wordAt(e.key(), 0);
            if (first.isEmpty()) continue;
            List<TellLists.Entry> same = byFirstWord.computeIfAbsent(first, k -> new ArrayList<>());
            if (same.stream().noneMatch(o -> o.key().equals(e.key()))) same.add(e);
        }
    }

    /** The entries found in text[from, to), in order, none overlapping. */
    public List<Match> find(CharSequence text, int from, int to) {
        if (byFirstWord.isEmpty()) return List.of();
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || i > from && isJoined(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < to && isWordChar(text.charAt(wordEnd))) wordEnd++;
            int lookup = wordEnd;
            // a closing quote or a dash after the word is not part of it: 'delve' is "delve"
            while (lookup > i && !Character.isLetterOrDigit(text.charAt(lookup - 1))) lookup--;
            int end = -1;
            List<TellLists.Entry> candidates = byFirstWord.get(normalized(text, i, lookup));
            if (candidates != null) {
                for (TellLists.Entry e : candidates) {
                    end = matchEnd(text, i, to, e.key());
                    if (end >= 0) {
                        out.add(new Match(i, end, e));
                        break;
                    }
                }
            }
            i = end >= 0 ? end : wordEnd;
        }
        return out;
    }

    /** Where {@code key} ends when it is at text[at…], or -1: a space is any white space, an apostrophe either one. */
    private static int matchEnd(CharSequence text, int at, int to, String key) {
        int i = at;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c == ' ') {
                if (i >= to || !Character.isWhitespace(text.charAt(i))) return -1;
                while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            } else {
                if (i >= to) return -1;
                char t = Character.toLowerCase(text.charAt(i));
                if (t != c && !(c == '\'' && t == '\u2019')) return -1;
                i++;
            }
        }
        return i < to && Character.isLetterOrDigit(text.charAt(i)) ? -1 : i;
    }

    /** The word (letters, digits, apostrophes, hyphens) at {@code at} of a key, lower case. */
    private static String wordAt(String key, int at) {
        int end = at;
        while (end < key.length() && isWordChar(key.charAt(end))) end++;
        return key.substring(at, end);
    }

    private static String normalized(CharSequence text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    /** A character that glues what follows to the word before it ("pre-delve", "x2delve"): no entry starts after it. */
    private static boolean isJoined(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
