package org.reviewdesk.checks.spelling;

import java.util.List;

/**
 * Splits a token of prose into words: runs of letters with apostrophes inside; a run holding a digit or an
 * underscore, written in CamelCase or in capitals, is an identifier or an acronym and not a word.
 */
final class WordRuns {
    private WordRuns() {
    }

    static void split(String body, int start, int end, List<ProseWords.Word> out) {
        int i = start;
        while (i < end) {
            if (!isRunChar(body.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && (isRunChar(body.charAt(j)) || isApostrophe(body.charAt(j)) && j + 1 < end
                    && Character.isLetter(body.charAt(j + 1)) && j > i)) {
                j++;
            }
            if (isWord(body, i, j)) out.add(new ProseWords.Word(body.substring(i, j), i, j));
            i = j;
        }
    }

    private static boolean isRunChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean isWord(String body, int s, int e) {
        if (e - s < 2) return false;
        boolean lower = false;
        boolean upperAfterFirst = false;
        for (int k = s; k < e; k++) {
            char c = body.charAt(k);
            if (Character.isDigit(c) || c == '_' || c > '\u024F') return false;
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c) && k > s) upperAfterFirst = true;
        }
        // no lower case letter: an acronym (API, CLI); a capital inside: CamelCase (JavaScript, iPhone)
        return lower && !upperAfterFirst;
    }
}
