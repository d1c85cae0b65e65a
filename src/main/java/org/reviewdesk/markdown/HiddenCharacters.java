package org.reviewdesk.markdown;

import java.util.Locale;

/**
 * Characters that show as nothing and that no prose needs, wherever they stand: Unicode's tag characters (which spell
 * ASCII text a model reads and a reader never sees), the invisible mathematical operators, the Hangul fillers, the
 * Mongolian vowel separator, the musical and interlinear formatting controls. A tag sequence after the black flag
 * (an emoji flag such as England's) is what tags are for, and is not counted. Zero-width characters and bidirectional
 * controls, which prose does use, have their own rules in {@link HiddenHtml}. Pure functions; thread-safe.
 */
public final class HiddenCharacters {
    private static final int TAGS_FIRST = 0xE0000;
    private static final int TAGS_LAST = 0xE007F;
    private static final int BLACK_FLAG = 0x1F3F4;

    private HiddenCharacters() {
    }

    public static boolean isHidden(int c) {
        return (c >= TAGS_FIRST && c <= TAGS_LAST) || (c >= 0x2061 && c <= 0x2064) || c == 0x180E || c == 0x3164
                || c == 0xFFA0 || c == 0x115F || c == 0x1160 || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xFFF9 && c <= 0xFFFB);
    }

    /**
     * The end (exclusive) of the run of hidden characters that starts at {@code at}; {@code at} itself when none starts
     * there. A caller skips an emoji flag's tag sequence ({@link #isFlagSequence}) whole, as it does any other run.
     */
    public static int runEnd(CharSequence text, int at) {
        int i = at;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            if (!isHidden(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    /** Whether the run from {@code start} to {@code end} is the tag sequence of an emoji flag, which is what tags are for. */
    public static boolean isFlagSequence(CharSequence text, int start, int end) {
        if (start == 0 || Character.codePointBefore(text, start) != BLACK_FLAG) return false;
        if (Character.codePointBefore(text, end) != TAGS_LAST) return false;
        for (int i = start; i < end; ) {
            int c = Character.codePointAt(text, i);
            if (c < TAGS_FIRST + 0x20 || c > TAGS_LAST) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** The end (exclusive) of the run of zero-width characters that starts at {@code at}. */
    public static int zeroWidthRunEnd(CharSequence text, int at) {
        int i = at;
        while (i < text.length() && HiddenHtml.isZeroWidth(text.charAt(i))) i++;
        return i;
    }

    /**
     * What a run of hidden characters says: "51 invisible characters", and the text its tag characters spell (each is
     * an ASCII character moved to plane 14), which is what a model reading the page would read.
     */
    public static String describe(CharSequence run) {
        StringBuilder spelled = new StringBuilder();
        int count = 0;
        for (int i = 0; i < run.length(); ) {
            int c = Character.codePointAt(run, i);
            if (c >= TAGS_FIRST + 0x20 && c < TAGS_LAST) spelled.append((char) (c - TAGS_FIRST));
            count++;
            i += Character.charCount(c);
        }
        String what = count == 1 ? String.format(Locale.ROOT, "an invisible character (U+%04X)", Character.codePointAt(run, 0))
                : String.format(Locale.ROOT, "%,d invisible characters (U+%04X \u2026)", count, Character.codePointAt(run, 0));
        String text = spelled.toString().strip();
        if (text.length() > 200) text = text.substring(0, 200) + "\u2026";
        return text.isEmpty() ? what : what + " spelling \u201c" + text + "\u201d";
    }

    /**
     * The character an HTML character reference ({@code &#x202E;}, {@code &ZeroWidthSpace;}) stands for, or -1 when it
     * stands for none: a post's HTML may write an invisible character as a reference, which the page shows as nothing.
     */
    public static int referenced(String reference) {
        String decoded = org.jsoup.parser.Parser.unescapeEntities(reference, false);
        if (decoded.equals(reference) || decoded.isEmpty()) return -1;
        int c = decoded.codePointAt(0);
        return Character.charCount(c) == decoded.length() ? c : -1;
    }
}
