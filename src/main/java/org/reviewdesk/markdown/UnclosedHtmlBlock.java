package org.reviewdesk.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The HTML blocks that CommonMark ends only at a closing sequence (start conditions 1 to 5 of the spec): when
 * that sequence never comes, the block runs to the end of its container, and everything after the opening
 * line is one piece of raw HTML.
 */
final class UnclosedHtmlBlock {
    private static final Pattern RAW_TEXT_START = Pattern.compile("<(pre|script|style|textarea)([ \\t>]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARATION_START = Pattern.compile("<![a-zA-Z]");

    private UnclosedHtmlBlock() {
    }

    /** @param literal an HTML block's text as commonmark gives it */
    static boolean isUnclosed(String literal) {
        String block = literal.stripLeading();
        String lower = block.toLowerCase(Locale.ROOT);
        if (RAW_TEXT_START.matcher(lower).lookingAt()) {
            return !(lower.contains("</pre>") || lower.contains("</script>") || lower.contains("</style>")
                    || lower.contains("</textarea>"));
        }
        if (block.startsWith("<!--")) return block.indexOf("-->", 2) < 0;
        if (block.startsWith("<![CDATA[")) return !block.contains("]]>");
        if (block.startsWith("<?")) return block.indexOf("?>", 2) < 0;
        if (DECLARATION_START.matcher(block).lookingAt()) return block.indexOf('>') < 0;
        return false;
    }
}
