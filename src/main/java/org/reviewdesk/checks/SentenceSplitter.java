package org.reviewdesk.checks;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Splits a stretch of prose into sentences: a sentence ends at '.', '!', '?' or '…' (and any closing quotes,
 * brackets or emphasis marks) followed by white space, except after a common abbreviation or an initial.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("eg", "ie", "etc", "vs", "cf", "mr", "mrs", "ms", "dr",
            "no", "fig", "approx", "incl", "esp", "st");

    private SentenceSplitter() {
    }

    /** Adds the sentences of body[from, to) to {@code out}; {@code lineOf} maps an offset to its line. */
    static void split(String body, int from, int to, IntUnaryOperator lineOf, List<BodyStructure.Sentence> out) {
        int sentenceStart = -1;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (sentenceStart < 0) {
                if (Character.isWhitespace(c)) continue;
                sentenceStart = i;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < to && isCloser(body.charAt(end))) end++;
                boolean atBoundary = end >= to || Character.isWhitespace(body.charAt(end));
                if (atBoundary && !(c == '.' && endsWithAbbreviation(body, sentenceStart, i))) {
                    add(body, sentenceStart, end, lineOf, out);
                    sentenceStart = -1;
                    i = end - 1;
                }
            }
        }
        if (sentenceStart >= 0) {
            int end = to;
            while (end > sentenceStart && Character.isWhitespace(body.charAt(end - 1))) end--;
            add(body, sentenceStart, end, lineOf, out);
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_' || c == '\u201d' || c == '\u2019';
    }

    private static boolean endsWithAbbreviation(String body, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(body.charAt(wordStart - 1))) wordStart--;
        // the word before the dot, letters only and lower-cased: "e.g" -> "eg", "(Dr" -> "dr"
        StringBuilder word = new StringBuilder(dot - wordStart);
        for (int i = wordStart; i < dot; i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c)) word.append(Character.toLowerCase(c));
            else if (c != '.' && c != '(' && c != '"' && c != '\'' && c != '*' && c != '_') return false;
        }
        return word.length() == 1 || ABBREVIATIONS.contains(word.toString());
    }

    private static void add(String body, int start, int end, IntUnaryOperator lineOf, List<BodyStructure.Sentence> out) {
        String text = body.substring(start, end);
        String key = SentenceKey.of(text);
        if (!key.isEmpty()) {
            out.add(new BodyStructure.Sentence(text, start, end, lineOf.applyAsInt(start), key));
        }
    }
}
