package org.reviewdesk.formats.wxr;

/** Text as XML 1.0 allows it: escaped for elements and attributes, or in CDATA sections. */
final class XmlText {
    private XmlText() {
    }

    /** Drops what XML 1.0 cannot carry at all (most control characters, lone surrogates). */
    static String legal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) out.append(c).append(text.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (ok && out != null) out.append(c);
        }
        return out == null ? text : out.toString();
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
