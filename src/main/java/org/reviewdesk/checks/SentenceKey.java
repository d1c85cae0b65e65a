package org.reviewdesk.checks;

import java.util.Locale;

/**
 * The normalized form under which sentences are compared: case, whitespace, Markdown emphasis and
 * punctuation aside, so that "Keep it **simple**." and "keep it simple" are the same sentence.
 * The store must index sentences with this same function.
 */
public final class SentenceKey {
    private SentenceKey() {
    }

    public static String of(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean pendingSpace = false;
        for (int i = 0; i < sentence.length(); ) {
            int cp = sentence.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) out.append(' ');
                pendingSpace = false;
                out.appendCodePoint(cp);
            } else if (cp == '\'' || cp == '\u2019') {
                // an apostrophe belongs to its word: "don't" must not become "don t"
                continue;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
