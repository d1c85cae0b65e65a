package org.reviewdesk.formats.wxr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The {@code review_desk_markdown} post meta of our own export: the post's Markdown as written, after a first line
 * with the hash of the HTML it was exported with, so that a post edited in WordPress is read from its new HTML.
 *
 * <p>XML 1.0 cannot hold most control characters (a form feed pasted from a PDF, a bell) nor a lone surrogate, not
 * even as a character reference. Each is written as U+FFFD, and the first line lists after the hash and a space, in
 * hex and in order, what every U+FFFD of the Markdown stands for ({@code FFFD} for one that was there already). A
 * value whose list does not fit its U+FFFDs was not written here, and the post is read from its HTML.
 */
final class ExportedMarkdown {
    static final String KEY = "review_desk_markdown";
    private static final char STAND_IN = '\uFFFD';
    private static final Pattern CODE = Pattern.compile("[0-9A-F]{1,4}");

    private ExportedMarkdown() {
    }

    /** The post meta's value for {@code markdown} exported as {@code html} (the HTML as the file holds it). */
    static String write(String html, String markdown) {
        String hash = hash(html);
        if (XmlText.legal(markdown).equals(markdown)) return hash + "\n" + markdown;
        StringBuilder text = new StringBuilder(markdown.length());
        StringJoiner codes = new StringJoiner(",");
        int i = 0;
        while (i < markdown.length()) {
            int legal = XmlText.legalAt(markdown, i);
            if (legal > 0 && markdown.charAt(i) != STAND_IN) {
                text.append(markdown, i, i + legal);
                i += legal;
            } else {
                codes.add(Integer.toHexString(markdown.charAt(i)).toUpperCase(Locale.ROOT));
                text.append(STAND_IN);
                i++;
            }
        }
        return hash + " " + codes + "\n" + text;
    }

    /** The Markdown, or null when {@code value} was not written for this {@code html} (WordPress changed the post). */
    static String read(String value, String html) {
        int nl = value.indexOf('\n');
        if (nl <= 0) return null;
        String[] head = value.substring(0, nl).split(" ", 2);
        if (!head[0].equals(hash(html))) return null;
        String text = value.substring(nl + 1);
        return head.length == 1 ? text : restore(text, head[1].split(",", -1));
    }

    private static String restore(String text, String[] codes) {
        StringBuilder out = new StringBuilder(text.length());
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != STAND_IN) {
                out.append(c);
            } else if (next < codes.length && CODE.matcher(codes[next]).matches()) {
                out.append((char) Integer.parseInt(codes[next++], 16));
            } else {
                return null;
            }
        }
        return next == codes.length ? out.toString() : null;
    }

    private static String hash(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
