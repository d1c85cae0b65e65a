package org.reviewdesk.formats.wxr;

import java.util.regex.Pattern;

/** Escaping for text that goes into Markdown, so that a literal asterisk or bracket stays literal. */
final class MarkdownText {
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** Line starts that Markdown would read as a heading, quote, list item, rule or fence. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(#{1,6}(?=\\s|$)|>|[-+*](?=\\s|$)|=+\\s*$|-{3,}|~~~|```)");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private MarkdownText() {
    }

    /** Escapes characters with inline meaning; whitespace is left for the caller to collapse. */
    static String escapeInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A "]" cannot close a link when every "[" is escaped, and "<" opens a tag or autolink only
            // before a letter, "/", "!" or "?": leaving those alone keeps ordinary text as it was written.
            boolean tagStart = c == '<' && i + 1 < text.length() && isTagStart(text.charAt(i + 1));
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || tagStart) out.append('\\');
            out.append(c);
        }
        return text.indexOf('&') < 0 ? out.toString() : ENTITY_LIKE.matcher(out).replaceAll("\\\\&");
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    /** Escapes the start of every line of a paragraph that Markdown would otherwise read as a block. */
    static String escapeLineStarts(String paragraph) {
        if (paragraph.indexOf('\n') < 0) return escapeLineStart(paragraph);
        StringBuilder out = new StringBuilder(paragraph.length() + 8);
        String[] lines = paragraph.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(escapeLineStart(lines[i]));
        }
        return out.toString();
    }

    private static String escapeLineStart(String line) {
        if (line.isEmpty()) return line;
        if (BLOCK_START.matcher(line).find()) return "\\" + line;
        var ordered = ORDERED_START.matcher(line);
        if (ordered.find()) return ordered.group(1) + "\\" + line.substring(ordered.group(1).length());
        return line;
    }

    /** A link or image destination; angle brackets keep spaces and parentheses from ending it early. */
    static String destination(String url) {
        if (url.isEmpty()) return "<>";
        boolean plain = url.chars().noneMatch(c -> c == ' ' || c == '(' || c == ')' || c == '<' || c == '>');
        return plain ? url : "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
    }

    /** A code span around {@code code}, with a fence longer than any run of backticks inside. */
    static String codeSpan(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`");
        return fence + (pad ? " " : "") + code + (pad ? " " : "") + fence;
    }
}
