package org.reviewdesk.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A style sheet read as CSS reads it, in one pass: comments dropped, strings kept whole (a brace inside one ends
 * nothing), rules nested in at-rules with the at-rules around them, and CSS escapes ({@code \6e}, {@code \.}) decoded
 * where they name something. Only what {@link PostStyles} needs: each rule's selectors and declarations, and whether a
 * screen shows it. Linear in the length of the sheet, whatever it holds. Pure functions; thread-safe.
 */
final class CssSheet {
    /** A rule: its selector list and its declarations as written (escapes kept), and whether a screen applies it. */
    record Rule(String selectors, String declarations, boolean onScreen) {
    }

    private CssSheet() {
    }

    /** The rules of a sheet, in order. */
    static List<Rule> rules(String css) {
        return new Reader(withoutComments(css)).rules();
    }

    /** One pass over a sheet without comments. */
    private static final class Reader {
        private final String text;
        private final List<Rule> rules = new ArrayList<>();
        private final Deque<Boolean> onScreen = new ArrayDeque<>();
        private final StringBuilder prelude = new StringBuilder();
        /** Whether the prelude read so far is an at-rule's (its first character other than space is '@'); null: none yet. */
        private Boolean atRule;

        Reader(String text) {
            this.text = text;
        }

        List<Rule> rules() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = stringEnd(text, i);
                    prelude.append(text, i, end);
                    if (atRule == null) atRule = false;
                    i = end;
                } else if (c == '{') {
                    i = block(i);
                } else if (c == '}' || (c == ';' && Boolean.TRUE.equals(atRule))) {
                    // The end of an at-rule's block; or a statement such as @import …; or @charset …;
                    if (c == '}' && !onScreen.isEmpty()) onScreen.pop();
                    endPrelude();
                    i++;
                } else {
                    if (atRule == null && !Character.isWhitespace(c)) atRule = c == '@';
                    prelude.append(c);
                    i++;
                }
            }
            return rules;
        }

        /** An at-rule's block opens (its rules follow), or a rule is read whole; returns where to go on. */
        private int block(int open) {
            String head = prelude.toString().strip();
            boolean outer = onScreen.isEmpty() || onScreen.peek();
            int next;
            if (Boolean.TRUE.equals(atRule)) {
                onScreen.push(outer && appliesOnScreen(head));
                next = open + 1;
            } else {
                int end = blockEnd(text, open + 1);
                rules.add(new Rule(head, text.substring(open + 1, Math.min(end, text.length())), outer));
                next = end + 1;
            }
            endPrelude();
            return next;
        }

        private void endPrelude() {
            prelude.setLength(0);
            atRule = null;
        }
    }

    /** An at-rule's block applies on a screen unless it is for print or speech alone. */
    private static boolean appliesOnScreen(String atRule) {
        String lower = atRule.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("@media")) return true;
        boolean otherMedia = lower.contains("print") || lower.contains("speech");
        return !otherMedia || lower.contains("screen") || lower.contains("all");
    }

    /** Where a string that starts at {@code start} ends (after its closing quote, or at the end of its line). */
    static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The offset of the brace that closes a declaration block starting at {@code from}, nested blocks skipped. */
    private static int blockEnd(String text, int from) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(text, i);
                continue;
            }
            if (c == '{') depth++;
            if (c == '}' && depth-- == 0) return i;
            i++;
        }
        return text.length();
    }

    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(css, i);
                out.append(css, i, end);
                i = end;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int close = css.indexOf("*/", i + 2);
                i = close < 0 ? css.length() : close + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Text with its CSS escapes decoded: {@code \6e } is "n", {@code \.} is ".". */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && j < i + 7 && Character.digit(text.charAt(j), 16) >= 0) j++;
            if (j > i + 1) {
                int cp = Integer.parseInt(text.substring(i + 1, j), 16);
                out.appendCodePoint(cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
                if (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
                i = j;
            } else if (text.charAt(i + 1) == '\n') {
                i += 2; // a line continued
            } else {
                out.append(text.charAt(i + 1));
                i += 2;
            }
        }
        return out.toString();
    }

    /** The declarations of a block as (property, value) pairs, property names unescaped and lower-cased. */
    static List<String[]> declarations(String block) {
        List<String[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= block.length()) {
            if (i < block.length() && (block.charAt(i) == '"' || block.charAt(i) == '\'')) {
                i = stringEnd(block, i);
                continue;
            }
            if (i == block.length() || block.charAt(i) == ';') {
                String declaration = block.substring(start, i);
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    out.add(new String[] {unescape(declaration.substring(0, colon)).strip().toLowerCase(Locale.ROOT),
                            declaration.substring(colon + 1).strip()});
                }
                start = i + 1;
            }
            i++;
        }
        return out;
    }
}
