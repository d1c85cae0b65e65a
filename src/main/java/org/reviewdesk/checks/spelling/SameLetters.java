package org.reviewdesk.checks.spelling;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The letters Morfologik's speller takes for one another when it measures how far a suggestion is from a word, written
 * out once as the dictionary's "equivalent characters" instead of worked out at every comparison.
 *
 * <p>The English dictionaries ask the speller to ignore diacritics. It then decomposes both characters of every
 * comparison it makes ({@code Normalizer.normalize(Character.toString(c), NFD)}), and takes two as the same when they
 * decompose to the same first letter, upper or lower case. A suggestion search compares tens of thousands of pairs:
 * about 1.5 MB of short strings of the 1.8 MB a search allocated, and most of what the checks allocated after
 * someone typed in a 10,000-word post (docs/performance.md). The same relation, listed for the Latin, Greek and Cyrillic letters (U+0000 to
 * U+04FF and the Latin Extended Additional block: the English dictionaries spell words with Latin letters up to U+021B,
 * a few from that block, and Greek letters), lets the speller answer from a map and normalize nothing.
 */
final class SameLetters {
    private SameLetters() {
    }

    /** {@code "e é, é e, …"}: the value of {@code fsa.dict.speller.equivalent-chars} for the relation described above. */
    static String equivalentChars() {
        Map<Character, List<Character>> byKey = new LinkedHashMap<>();
        for (char c = 0; c <= 0x4FF; c++) add(byKey, c);
        for (char c = 0x1E00; c <= 0x1EFF; c++) add(byKey, c);
        StringBuilder pairs = new StringBuilder();
        for (List<Character> same : byKey.values()) {
            for (char a : same) {
                for (char b : same) {
                    if (a == b) continue;
                    if (pairs.length() > 0) pairs.append(", ");
                    pairs.append(a).append(' ').append(b);
                }
            }
        }
        return pairs.toString();
    }

    private static void add(Map<Character, List<Character>> byKey, char c) {
        if (!Character.isLetter(c)) return;
        byKey.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
    }

    /**
     * What the speller compares of {@code c} when it ignores diacritics and case: the first character of its
     * decomposition, in lower case when that is a letter.
     */
    static char key(char c) {
        char base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).charAt(0);
        return Character.isLetter(base) ? Character.toLowerCase(base) : base;
    }
}
