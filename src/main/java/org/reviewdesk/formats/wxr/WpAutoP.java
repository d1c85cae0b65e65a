package org.reviewdesk.formats.wxr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's automatic paragraphs ({@code wpautop}), simplified: classic posts are stored with bare
 * newlines, and WordPress turns a blank line into a paragraph break and a single newline into a line break
 * when it shows the post. Block-editor content (with {@code <!-- wp:} comments) is not treated this way by
 * WordPress, so it is returned as it is. Text inside {@code <pre>} is left alone, as WordPress does.
 */
final class WpAutoP {
    private static final String BLOCKS = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li"
            + "|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside"
            + "|hgroup|header|footer|nav|figure|figcaption|details|menu|summary";
    private static final Pattern OPENING = Pattern.compile("(?i)(<(?:" + BLOCKS + ")[\\s/>])");
    private static final Pattern CLOSING = Pattern.compile("(?i)(</(?:" + BLOCKS + ")>)");
    private static final Pattern STARTS_WITH_BLOCK = Pattern.compile("(?is)^</?(?:" + BLOCKS + ")[\\s/>].*");
    private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final String PRE_MARK = "\uE000pre";

    private WpAutoP() {
    }

    static String apply(String content) {
        if (content.contains("<!-- wp:")) return content;
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\n') < 0) return text;

        List<String> pres = new ArrayList<>();
        Matcher pre = PRE.matcher(text);
        StringBuilder protectedText = new StringBuilder();
        while (pre.find()) {
            pres.add(pre.group());
            pre.appendReplacement(protectedText, Matcher.quoteReplacement("\n\n" + PRE_MARK + (pres.size() - 1) + "\uE001\n\n"));
        }
        pre.appendTail(protectedText);

        text = OPENING.matcher(protectedText).replaceAll("\n\n$1");
        text = CLOSING.matcher(text).replaceAll("$1\n\n");
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String chunk : text.split("\n\\s*\n")) {
            String trimmed = chunk.strip();
            if (trimmed.isEmpty()) continue;
            if (trimmed.startsWith(PRE_MARK)) {
                out.append(pres.get(Integer.parseInt(trimmed.substring(PRE_MARK.length(), trimmed.length() - 1))));
            } else if (STARTS_WITH_BLOCK.matcher(trimmed).matches()) {
                out.append(trimmed);
            } else {
                out.append("<p>").append(trimmed.replace("\n", "<br />\n")).append("</p>");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
