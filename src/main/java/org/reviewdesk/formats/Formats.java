package org.reviewdesk.formats;

import java.util.Locale;
import java.util.regex.Pattern;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.formats.json.JsonPostReader;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterReader;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter;
import org.reviewdesk.formats.social.SocialFeedReader;

/** The one place that knows which reader and writer serve a format, and which format a file is in. */
public final class Formats {
    static final Pattern ALPHANODE_META = Pattern.compile("(?m)^\\s*alphanode post meta\\s*$");
    private static final Pattern RSS_ROOT = Pattern.compile("<rss[\\s>]");
    private static final Pattern WORDPRESS_NS = Pattern.compile("xmlns:wp\\s*=\\s*[\"']http://wordpress\\.org/export/");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\s*\\n");
    private static final String TRIED = "tried json (a .json file or a JSON object or array), markdown (a .md or"
            + " .markdown file, or text opening with '---' front matter), wxr (an .xml file with an <rss> root and the"
            + " WordPress export namespace), alphanode (a line 'alphanode post meta') and social (a line 'More Relevant"
            + " Posts' or 'To view or add a comment, sign in')";

    private Formats() {
    }

    public static PostReader reader(Format format, ReaderOptions options) {
        return switch (format) {
            case ALPHANODE -> new AlphanodeTextReader();
            case SOCIAL -> new SocialFeedReader(options);
            case MARKDOWN -> new MarkdownFrontMatterReader();
            case JSON -> new JsonPostReader();
            case WXR -> new org.reviewdesk.formats.wxr.WxrReader();
        };
    }

    /** @throws IllegalArgumentException for a format that cannot be written (the social feed scrape) */
    public static PostWriter writer(Format format) {
        return switch (format) {
            case ALPHANODE -> new AlphanodeTextWriter();
            case MARKDOWN -> new MarkdownFrontMatterWriter();
            case JSON -> new JsonPostWriter();
            case SOCIAL -> throw new IllegalArgumentException(
                    "the social feed scrape can be imported but not written (export as json, markdown or alphanode)");
            case WXR -> new org.reviewdesk.formats.wxr.WxrWriter();
        };
    }

    /**
     * The format of a file, by its extension and then by its content.
     *
     * @throws PostFormatException naming the formats tried when none fits
     */
    public static Format detect(String fileName, String text) throws PostFormatException {
        String name = fileName.toLowerCase(Locale.ROOT);
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (name.endsWith(".json")) return Format.JSON;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Format.MARKDOWN;
        if (name.endsWith(".xml")) {
            if (isWxr(head)) return Format.WXR;
            throw new PostFormatException(fileName, 0, "an XML file that is not a WordPress export (expected an <rss>"
                    + " root with xmlns:wp=\"http://wordpress.org/export/…\")");
        }
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) return Format.JSON;
        if (FRONT_MATTER.matcher(head).lookingAt()) return Format.MARKDOWN;
        if (isWxr(head)) return Format.WXR;
        if (hasAlphanodeMeta(text)) return Format.ALPHANODE;
        if (text.contains(SocialFeedReader.MORE_POSTS) || text.contains(SocialFeedReader.SIGN_IN)) return Format.SOCIAL;
        throw new PostFormatException(fileName, 0, "not a format Review Desk reads: " + TRIED);
    }

    /** An export names its namespace within its first lines: a text without "xmlns:wp" needs no expressions. */
    private static boolean isWxr(String head) {
        return head.contains("xmlns:wp") && RSS_ROOT.matcher(head).find() && WORDPRESS_NS.matcher(head).find();
    }

    /**
     * {@code ALPHANODE_META.matcher(text).find()}, the expression run only on the lines that hold the words: over a
     * whole page it tried its {@code ^\s*} at every line, for every file an import reads.
     */
    static boolean hasAlphanodeMeta(String text) {
        int at = text.indexOf("alphanode post meta");
        while (at >= 0) {
            int from = at;
            while (from > 0 && text.charAt(from - 1) != '\n') from--;
            int to = text.indexOf('\n', at);
            // A match reaching over blank lines before or after the words implies one within their own line.
            if (ALPHANODE_META.matcher(text.substring(from, to < 0 ? text.length() : to)).find()) return true;
            at = text.indexOf("alphanode post meta", at + 1);
        }
        return false;
    }
}
