package org.reviewdesk.model;

/**
 * How hard a post's prose is to read, from its counts: Flesch reading ease and the average sentence length.
 * Code, tables and lists of identifiers are not prose, and are not counted (see {@code checks.ProseReadability}).
 *
 * @param words     words of prose
 * @param sentences sentences of prose
 * @param syllables syllables of those words
 */
public record Readability(int words, int sentences, int syllables) {
    public static final Readability NONE = new Readability(0, 0, 0);

    public Readability {
        if (words < 0 || sentences < 0 || syllables < 0) {
            throw new IllegalArgumentException("counts must be 0 or more: " + words + ", " + sentences + ", " + syllables);
        }
    }

    /** False for a body without prose: then the figures mean nothing. */
    public boolean measured() {
        return words > 0 && sentences > 0;
    }

    /**
     * Flesch reading ease: 206.835 - 1.015 × words per sentence - 84.6 × syllables per word. About 60 to 70 is plain
     * English, 30 to 50 difficult, under 30 very difficult; it can fall under 0 and rise over 100. NaN without prose.
     */
    public double readingEase() {
        if (!measured()) return Double.NaN;
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    /** Words per sentence; NaN without prose. */
    public double wordsPerSentence() {
        return measured() ? (double) words / sentences : Double.NaN;
    }
}
