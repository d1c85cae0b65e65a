package org.reviewdesk.checks;

/**
 * Counts the syllables of an English word by its spelling, without a dictionary: each run of vowels (a, e, i, o, u,
 * and y after the first letter) is one syllable, after dropping a silent final "e" (but not the "-le" of "table"),
 * and the "-es" and "-ed" endings that add no syllable ("makes", "named"; but "boxes", "wanted" keep theirs). A
 * word has at least one. Wrong on some words ("create", "poem"), as every rule of spelling is, and right on most.
 */
public final class Syllables {
    private Syllables() {
    }

    /** Syllables of a word of letters; 0 for text without a letter. */
    public static int of(String word) {
        String w = lettersOf(word);
        if (w.isEmpty()) return 0;
        if (w.length() <= 3) return 1;
        w = dropSilentEnding(w);
        int count = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w.charAt(i), i);
            if (vowel && !inVowels) count++;
            inVowels = vowel;
        }
        return Math.max(1, count);
    }

    private static String dropSilentEnding(String w) {
        int n = w.length();
        if (w.endsWith("es") && n > 3 && !"sxzcgh".contains(String.valueOf(w.charAt(n - 3)))) return w.substring(0, n - 2);
        if (w.endsWith("ed") && n > 3 && w.charAt(n - 3) != 't' && w.charAt(n - 3) != 'd') return w.substring(0, n - 2);
        if (w.endsWith("e") && !(w.endsWith("le") && !isVowel(w.charAt(n - 3), n - 3)) && !w.endsWith("ee")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) > 127) return false;
        return true;
    }

    private static boolean isVowel(char c, int at) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && at > 0);
    }

    private static String lettersOf(String word) {
        // accents aside ("café" is read as "cafe"); letters of other scripts are not counted
        String plain = isAscii(word) ? word : java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if (c >= 'a' && c <= 'z') sb.append(c);
        }
        return sb.toString();
    }
}
