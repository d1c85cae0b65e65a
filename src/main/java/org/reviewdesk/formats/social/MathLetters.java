package org.reviewdesk.formats.social;

/**
 * Social networks have no bold, so posts fake it with the Unicode "Mathematical Alphanumeric Symbols"
 * (U+1D400–U+1D7FF): 𝐁𝐨𝐥𝐝, 𝗦𝗮𝗻𝘀, 𝑰𝒕𝒂𝒍𝒊𝒄, 𝟭𝟮. This maps them back to plain ASCII letters and digits; the
 * caller marks the runs as Markdown emphasis. Greek and other symbols of the block are left as they are.
 */
final class MathLetters {
    private static final int LATIN_FIRST = 0x1D400;
    private static final int LATIN_LAST = 0x1D6A3;
    private static final int DIGITS_FIRST = 0x1D7CE;
    private static final int DIGITS_LAST = 0x1D7FF;
    /** ℎ: the italic small h lives outside the block, its slot there is reserved. */
    private static final int ITALIC_SMALL_H = 0x210E;

    private MathLetters() {
    }

    /** The plain letter or digit a styled one stands for, or -1 when the code point is not one. */
    static int plain(int codePoint) {
        if (codePoint >= LATIN_FIRST && codePoint <= LATIN_LAST) {
            // Thirteen alphabets of 52 letters: A-Z then a-z, one after the other.
            int inAlphabet = (codePoint - LATIN_FIRST) % 52;
            return inAlphabet < 26 ? 'A' + inAlphabet : 'a' + inAlphabet - 26;
        }
        if (codePoint >= DIGITS_FIRST && codePoint <= DIGITS_LAST) {
            // Five sets of ten digits: bold, double-struck, sans-serif, sans-serif bold, monospace.
            return '0' + (codePoint - DIGITS_FIRST) % 10;
        }
        if (codePoint == ITALIC_SMALL_H) return 'h';
        return -1;
    }

    static boolean isStyled(int codePoint) {
        return plain(codePoint) >= 0;
    }

    /** The text with every styled letter made plain and no emphasis: for titles and tags. */
    static String toPlain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(isStyled(cp) ? plain(cp) : cp));
        return sb.toString();
    }

    /**
     * The text with every run of styled letters as one Markdown bold span: words joined by spaces or by
     * the marks found inside words ({@code 𝗖𝗜/𝗖𝗗}, {@code 𝟭.𝟮 𝗚𝗕}, {@code 𝗠𝘂𝗹𝘁𝗶-𝘀𝘁𝗮𝗴𝗲}) stay in one span.
     */
    static String toMarkdown(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < cps.length) {
            if (!isStyled(cps[i])) {
                sb.appendCodePoint(cps[i++]);
                continue;
            }
            int end = i + 1;
            while (end < cps.length) {
                int gap = end;
                while (gap < cps.length && !isStyled(cps[gap]) && gap - end < MAX_GAP) gap++;
                if (gap < cps.length && isStyled(cps[gap]) && joins(cps, end, gap)) {
                    end = gap + 1;
                } else if (end < cps.length && isStyled(cps[end])) {
                    end++;
                } else {
                    break;
                }
            }
            sb.append("**");
            for (int k = i; k < end; k++) sb.appendCodePoint(isStyled(cps[k]) ? plain(cps[k]) : cps[k]);
            sb.append("**");
            i = end;
        }
        return sb.toString();
    }

    private static final int MAX_GAP = 3;

    /**
     * Whether the plain characters between two styled ones belong inside the span: one space between
     * words, one mark inside a word (1.2, CI/CD, Multi-stage, it’s), or a spaced dash, slash or ampersand.
     * A full stop followed by a space ends a sentence, and so the span.
     */
    private static boolean joins(int[] cps, int from, int to) {
        String gap = new String(cps, from, to - from);
        return gap.equals(" ") || (gap.length() == 1 && "-/.'\u2019&".contains(gap))
                || gap.equals(" - ") || gap.equals(" / ") || gap.equals(" & ");
    }
}
