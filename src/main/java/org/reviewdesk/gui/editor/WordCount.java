package org.reviewdesk.gui.editor;

/**
 * Words and reading time of a Markdown body, for the status bar. Counted here until the checks
 * package's {@code BodyStructure} is available; a word is a run of letters or digits, so Markdown
 * markers ({@code #}, {@code *}, {@code -}) are not words.
 */
public record WordCount(int words) {
    public static final int WORDS_PER_MINUTE = 200;

    public static WordCount of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) words++;
            inWord = wordChar || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
        }
        return new WordCount(words);
    }

    /** Whole minutes at 200 words a minute, rounded up; at least one for any text. */
    public int readingMinutes() {
        return words == 0 ? 0 : (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }
}
