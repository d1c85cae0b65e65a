package org.reviewdesk.markdown;

import java.util.Optional;

/**
 * Refuses the few inputs that would hold the renderer for seconds, before they reach the parser. commonmark
 * 0.30 bounds nesting depth and table size itself, but its bracket handling is still worse than linear in
 * paragraphs of images nested around links ({@code ![[![[…](b)](b)…}); docs/performance.md has the figures.
 * A real post has a few hundred brackets in total, so the limits below only ever meet hostile or broken input,
 * which is then shown as plain text instead.
 */
final class InputGuard {
    /** Above this many characters a body is not rendered; a body just under it still renders, slowly. */
    static final int MAX_CHARS = 8_000_000;
    /** Inline parsing runs per paragraph, so the bracket count is bounded per run of non-blank lines. */
    static final int MAX_BRACKETS_PER_BLOCK = 5_000;

    private InputGuard() {
    }

    /** @return why this body must not be rendered, naming the line, or empty when it may */
    static Optional<String> refusal(String source) {
        if (source.length() > MAX_CHARS) {
            return Optional.of("the body has " + source.length() + " characters; the preview renders at most "
                    + MAX_CHARS);
        }
        if (fewBrackets(source)) return Optional.empty();
        int line = 1;
        int blockStart = 1;
        int brackets = 0;
        boolean inBlock = false;
        boolean lineHasText = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                if (!lineHasText) { // a blank line ends the paragraph
                    inBlock = false;
                    brackets = 0;
                }
                line++;
                lineHasText = false;
                continue;
            }
            if (!lineHasText && !Character.isWhitespace(c)) {
                lineHasText = true;
                if (!inBlock) {
                    inBlock = true;
                    blockStart = line;
                }
            }
            if (c == '[' && ++brackets > MAX_BRACKETS_PER_BLOCK) {
                return Optional.of("the paragraph starting at line " + blockStart + " has more than "
                        + MAX_BRACKETS_PER_BLOCK + " '[' characters, expected far fewer links and images");
            }
        }
        return Optional.empty();
    }

    /**
     * No more '[' in the whole body than a paragraph may have, so none has too many: the answer for every real post,
     * found with {@link String#indexOf(int, int)} instead of looking at each character. The preview asks at every
     * keystroke, and on a 10,000-word post the walk below cost about as much as the parse itself.
     */
    private static boolean fewBrackets(String source) {
        int count = 0;
        for (int i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) {
            if (++count > MAX_BRACKETS_PER_BLOCK) return false;
        }
        return true;
    }
}
