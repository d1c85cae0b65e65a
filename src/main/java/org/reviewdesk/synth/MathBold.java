package org.reviewdesk.synth;

/**
 * Rewrites letters and digits as Unicode mathematical bold, the pseudo-bold of scraped social posts: it looks
 * bold but is no longer searchable or readable by screen readers, which is why the checks flag it.
 */
final class MathBold {
    private static final int BOLD_CAPITAL_A = 0x1D400;
    private static final int BOLD_SMALL_A = 0x1D41A;
    private static final int BOLD_DIGIT_ZERO = 0x1D7CE;

    private MathBold() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') out.appendCodePoint(BOLD_SMALL_A + (c - 'a'));
            else if (c >= 'A' && c <= 'Z') out.appendCodePoint(BOLD_CAPITAL_A + (c - 'A'));
            else if (c >= '0' && c <= '9') out.appendCodePoint(BOLD_DIGIT_ZERO + (c - '0'));
            else out.append(c);
        }
        return out.toString();
    }
}
