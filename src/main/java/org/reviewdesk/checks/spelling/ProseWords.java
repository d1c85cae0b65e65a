package org.reviewdesk.checks.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The words of a Markdown body's prose that are worth spelling: never inside code (told by {@code isCode}), link
 * targets, reference definitions, HTML tags, entities, URLs, e-mail addresses, file paths or names, hashtags and
 * mentions; and never identifiers or acronyms ({@code CamelCase}, {@code snake_case}, words with digits,
 * {@code ALL-CAPS}). One pass over the text, no regular expressions: it runs on every pause in typing.
 */
public final class ProseWords {
    /** A candidate word and its offsets in the body. */
    public record Word(String text, int start, int end) {
    }

    private final String body;
    private final IntPredicate isCode;
    private final List<Word> out = new ArrayList<>();

    private ProseWords(String body, IntPredicate isCode) {
        this.body = body;
        this.isCode = isCode;
    }

    /** The words of {@code body} to spell; {@code isCode} tells whether an offset lies in code. */
    public static List<Word> of(String body, IntPredicate isCode) {
        ProseWords scan = new ProseWords(body, isCode);
        scan.scan();
        return scan.out;
    }

    private void scan() {
        int n = body.length();
        int i = 0;
        while (i < n) {
            int skip = skipMarkup(i);
            if (skip > i) {
                i = skip;
                continue;
            }
            if (Character.isWhitespace(body.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(i);
            token(i, end);
            i = end;
        }
    }

    /** Where the markup starting at {@code i} ends (link target, tag, entity, reference definition), or {@code i}. */
    private int skipMarkup(int i) {
        char c = body.charAt(i);
        if (c == ']' && i + 1 < body.length() && body.charAt(i + 1) == '(') return closing(i + 2, '(', ')');
        if (c == '<' && i + 1 < body.length() && isTagStart(body.charAt(i + 1))) {
            int close = body.indexOf('>', i);
            int lineEnd = lineEnd(i);
            return close > 0 && close < lineEnd ? close + 1 : i;
        }
        if (c == '&') return entityEnd(i);
        if (c == '[' && isLineStart(i)) return referenceDefinitionEnd(i);
        return i;
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    private int closing(int from, char open, char close) {
        int depth = 1;
        int lineEnd = lineEnd(from);
        for (int j = from; j < lineEnd; j++) {
            char c = body.charAt(j);
            if (c == open) depth++;
            else if (c == close && --depth == 0) return j + 1;
        }
        return lineEnd;
    }

    private int entityEnd(int i) {
        int j = i + 1;
        while (j < body.length() && j - i <= 10 && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '#')) j++;
        return j < body.length() && j > i + 1 && body.charAt(j) == ';' ? j + 1 : i;
    }

    /** A line {@code [label]: target} defines a link: none of it is prose. */
    private int referenceDefinitionEnd(int i) {
        int close = body.indexOf("]:", i);
        int lineEnd = lineEnd(i);
        return close > 0 && close < lineEnd ? lineEnd : i;
    }

    private boolean isLineStart(int i) {
        int j = i - 1;
        while (j >= 0 && body.charAt(j) == ' ' && i - j <= 3) j--;
        return j < 0 || body.charAt(j) == '\n';
    }

    private int lineEnd(int from) {
        int nl = body.indexOf('\n', from);
        return nl < 0 ? body.length() : nl;
    }

    /** A token ends at white space, at markup that starts a link target or a tag, or at the end of the body. */
    private int tokenEnd(int i) {
        int j = i;
        while (j < body.length() && !Character.isWhitespace(body.charAt(j)) && (j == i || skipMarkup(j) == j)) j++;
        return j;
    }

    /** One white-space token, its surrounding punctuation aside: a URL, path or file name is skipped whole. */
    private void token(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isWrapping(body.charAt(s))) s++;
        while (e > s && (isWrapping(body.charAt(e - 1)) || isClosingPunctuation(body.charAt(e - 1)))) e--;
        if (s >= e || isCode.test(s) || isAddress(s, e)) return;
        int from = out.size();
        WordRuns.split(body, s, e, out);
        for (int k = out.size() - 1; k >= from; k--) {
            if (isCode.test(out.get(k).start())) out.remove(k);
        }
    }

    private static boolean isWrapping(char c) {
        return "([{\"'*_~“‘«>|".indexOf(c) >= 0 || c == ')' || c == ']' || c == '}' || c == '”' || c == '’' || c == '»';
    }

    private static boolean isClosingPunctuation(char c) {
        return ".,;:!?…".indexOf(c) >= 0;
    }

    /** URLs, addresses, hashtags, mentions, paths ({@code src/main}, {@code C:\x}) and file names ({@code a.yaml}). */
    private boolean isAddress(int s, int e) {
        char first = body.charAt(s);
        if (first == '#' || first == '@' || first == '~' || first == '/' || first == '$' || first == '-') return true;
        for (int j = s; j < e; j++) {
            char c = body.charAt(j);
            if (c == '/' || c == '\\' || c == '@' || c == '=') return true;
            if (c == '.' && j + 1 < e && Character.isLetterOrDigit(body.charAt(j + 1)) && j > s
                    && Character.isLetterOrDigit(body.charAt(j - 1))) {
                return !isAbbreviation(s, e);
            }
        }
        return false;
    }

    /** "e.g." and "i.e." are prose; dots between letters are otherwise a file or host name. */
    private boolean isAbbreviation(int s, int e) {
        for (int j = s; j < e; j += 2) {
            if (!Character.isLetter(body.charAt(j)) || j + 1 < e && body.charAt(j + 1) != '.') return false;
        }
        return true;
    }
}
