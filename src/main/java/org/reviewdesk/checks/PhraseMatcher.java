package org.reviewdesk.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entries of a tell list in text: whole words, case aside, any run of white space where an entry has a
 * space, either apostrophe where it has one. One pattern for the whole list, longest entries first, so that a
 * sentence is read once per list.
 */
public final class PhraseMatcher {
    /** Where an entry was found: [start, end) in the text searched. */
    public record Match(int start, int end, TellLists.Entry entry) {
    }

    private final Pattern pattern;
    private final Map<String, TellLists.Entry> byKey = new HashMap<>();

    PhraseMatcher(List<TellLists.Entry> entries) {
        List<TellLists.Entry> longestFirst = new ArrayList<>(entries);
        longestFirst.sort(Comparator.comparingInt((TellLists.Entry e) -> e.phrase().length()).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (TellLists.Entry e : longestFirst) {
            if (byKey.putIfAbsent(e.key(), e) != null) continue;
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(regexOf(e.key()));
        }
        pattern = alternatives.length() == 0 ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}'\u2019-])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String regexOf(String key) {
        StringBuilder sb = new StringBuilder();
        for (String word : key.split(" ")) {
            if (sb.length() > 0) sb.append("\\s+");
            sb.append(Pattern.quote(word).replace("'", "\\E['\u2019]\\Q"));
        }
        return sb.toString();
    }

    /** The entries found in text[from, to), in order. */
    public List<Match> find(CharSequence text, int from, int to) {
        if (pattern == null) return List.of();
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            TellLists.Entry e = byKey.get(org.reviewdesk.model.library.TellOverride.key(m.group()));
            if (e != null) out.add(new Match(m.start(), m.end(), e));
        }
        return out;
    }
}
