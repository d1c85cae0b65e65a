package org.reviewdesk.formats.registry;

import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.PostReader;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.formats.json.JsonPostReader;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterReader;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter;
import org.reviewdesk.formats.social.SocialFeedReader;
import org.reviewdesk.formats.wxr.WxrRoot;

/** The one place that knows which reader and writer serve a format, and which format a file is in. */
public final class Formats {
    static final Pattern ALPHANODE_META = Pattern.compile("(?m)^\\s*alphanode post meta\\s*$");
    private static final Pattern RSS_ROOT = Pattern.compile("<rss[\\s>]");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\s*\\n");
    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();
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
     * The format of a file, by its extension and then by its content: the first of the formats it may be in.
     *
     * @throws PostFormatException naming the formats tried when none fits
     */
    public static Format detect(String fileName, String text) throws PostFormatException {
        Detection d = candidates(fileName, text);
        if (d.formats().isEmpty()) throw unknown(fileName, d.ruledOut());
        return d.formats().get(0);
    }

    /**
     * Reads the posts of a file in its detected format. Where the content leaves more than one format possible, each
     * is tried in turn; when none reads, the error names every format tried and why each failed, with its line.
     */
    public static List<org.reviewdesk.model.Post> read(String fileName, String text, ReaderOptions options)
            throws PostFormatException {
        Detection d = candidates(fileName, text);
        if (d.formats().isEmpty()) throw unknown(fileName, d.ruledOut());
        List<String> tried = new ArrayList<>(d.ruledOut());
        PostFormatException first = null;
        for (Format format : d.formats()) {
            try {
                return reader(format, options).read(text, fileName);
            } catch (PostFormatException e) {
                if (first == null) first = e;
                tried.add(format.id() + " (" + where(e) + ")");
            }
        }
        if (tried.size() == 1) throw first;
        throw new PostFormatException(fileName, first.line(), "could not be read in any format it may be in: tried "
                + String.join("; ", tried), first);
    }

    /**
     * The formats a file may be in, most likely first, and the ones ruled out on the way with why. The extension
     * decides for .json, .md, .markdown and .xml. Otherwise the content: text opening with '{' or '[' is JSON only
     * if it parses as JSON (a Markdown link opens with a bracket too); then front matter, a WordPress export, an
     * alphanode meta box and a social feed scrape, each where its mark is.
     *
     * @throws PostFormatException for an .xml file whose root is not {@code <rss>}, at the root's line
     */
    private static Detection candidates(String fileName, String text) throws PostFormatException {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (isExtension(fileName, ".json")) return new Detection(List.of(Format.JSON), List.of());
        if (isExtension(fileName, ".md") || isExtension(fileName, ".markdown")) {
            return new Detection(List.of(Format.MARKDOWN), List.of());
        }
        if (isExtension(fileName, ".xml")) {
            // The reader says where XML that breaks off before its root is malformed, and judges an <rss> root itself.
            WxrRoot root = WxrRoot.of(text);
            if (root == null || root.name().equals("rss")) return new Detection(List.of(Format.WXR), List.of());
            throw new PostFormatException(fileName, root.line(), "an XML file that is not a WordPress export: " + root.problem());
        }
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            String notJson = jsonProblem(text);
            if (notJson == null) return new Detection(List.of(Format.JSON), List.of());
            return new Detection(byMarks(text, head), List.of("json (" + notJson + ")"));
        }
        return new Detection(byMarks(text, head), List.of());
    }

    private static List<Format> byMarks(String text, String head) {
        List<Format> found = new ArrayList<>();
        if (FRONT_MATTER.matcher(head).lookingAt()) found.add(Format.MARKDOWN);
        if (isWxr(head, text)) found.add(Format.WXR);
        if (hasAlphanodeMeta(text)) found.add(Format.ALPHANODE);
        if (text.contains(SocialFeedReader.MORE_POSTS) || text.contains(SocialFeedReader.SIGN_IN)) found.add(Format.SOCIAL);
        return found;
    }

    /** The formats to try, in order, and "format (why not)" for each ruled out before reading. */
    private record Detection(List<Format> formats, List<String> ruledOut) {
    }

    private static PostFormatException unknown(String fileName, List<String> ruledOut) {
        String failed = ruledOut.isEmpty() ? "" : "; not " + String.join("; not ", ruledOut);
        return new PostFormatException(fileName, 0, "not a format Review Desk reads: " + TRIED + failed);
    }

    private static String where(PostFormatException e) {
        return (e.line() > 0 ? "line " + e.line() + ": " : "") + e.reason();
    }

    /** Why the text is not JSON ("line 3: ..."), or null when it parses. Only its syntax is read, not a post. */
    private static String jsonProblem(String text) {
        try (var parser = JSON.createParser(SourceText.clean(text))) {
            while (parser.nextToken() != null) {
                // reading every token is the check
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return (line > 0 ? "line " + line + ": " : "") + "not valid JSON: " + org.reviewdesk.formats.json.JsonSyntax.reason(e);
        } catch (java.io.IOException e) {
            return "not valid JSON: " + e.getMessage();
        }
    }

    private static boolean isExtension(String fileName, String extension) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /**
     * An export opens with an {@code <rss>} root that declares WordPress's namespace, under any prefix, over http or
     * https: the root is read with the XML parser only for a text whose first lines hold {@code <rss}.
     */
    private static boolean isWxr(String head, String text) {
        if (!head.contains("<rss") || !RSS_ROOT.matcher(head).find()) return false;
        WxrRoot root = WxrRoot.of(text);
        return root != null && root.isExport();
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
