package org.reviewdesk.formats.wxr;

/** Text as XML 1.0 allows it: escaped for elements and attributes, or in CDATA sections. */
final class XmlText {
    private XmlText() {
    }

    /** Drops what XML 1.0 cannot carry at all (most control characters, lone surrogates). */
    static String legal(String text) {
        return legal(text, false);
    }

    /**
     * As {@link #legal(String)} for HTML, where a form feed, a vertical tab and the other control characters that
     * Java counts as white space become a space: they separate words, and WordPress shows them as HTML white space.
     */
    static String legalHtml(String html) {
        return legal(html, true);
    }

    private static String legal(String text, boolean spaceForWhitespace) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int n = legalAt(text, i);
            if (n == 0 && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (n > 0 && out != null) out.append(text, i, i + n);
            if (n == 0 && spaceForWhitespace && Character.isWhitespace(text.charAt(i))) out.append(' ');
            i += Math.max(n, 1);
        }
        return out == null ? text : out.toString();
    }

    /** How many chars the character at {@code i} takes (2 for a surrogate pair), or 0 when XML 1.0 cannot hold it. */
    static int legalAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
        boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        return ok ? 1 : 0;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : legal(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A CDATA section; a "]]>" inside is split across two sections, the only way XML can carry it. */
    static String cdata(String text) {
        return "<![CDATA[" + legal(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
