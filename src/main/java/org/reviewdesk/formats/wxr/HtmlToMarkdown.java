package org.reviewdesk.formats.wxr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML of a WordPress post into Markdown: paragraphs, headings, lists, links, images, code,
 * block quotes and emphasis. An element it does not know keeps its text; scripts and styles are dropped,
 * because Review Desk never runs a post's script. Comments (the block editor's {@code <!-- wp:… -->}) go.
 */
final class HtmlToMarkdown {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "header", "footer",
            "main", "aside", "nav", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "pre", "blockquote", "hr", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt",
            "dd", "address", "details", "summary", "form", "fieldset", "center", "hgroup", "menu");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link");
    private static final Set<String> EMBEDS = Set.of("iframe", "video", "audio", "embed", "object", "source");
    /** Stands for a line break until whitespace has been collapsed. */
    private static final char BREAK = '\uE002';
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" ?" + BREAK + " ?");
    private static final Pattern ORDERED_ITEM = Pattern.compile("\\d+\\. ");
    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang)-([\\w+#.-]+)");

    private HtmlToMarkdown() {
    }

    static String convert(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        return String.join("\n\n", blocks(body));
    }

    private static List<String> blocks(Element container) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
                flush(run, out);
                block(el, out);
            } else {
                run.append(inline(child));
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        String paragraph = paragraph(run.toString());
        if (!paragraph.isEmpty()) out.add(paragraph);
        run.setLength(0);
    }

    /** Collapses HTML whitespace (not the no-break space), turns breaks into Markdown hard breaks. */
    private static String paragraph(String inline) {
        String text = SPACES.matcher(inline).replaceAll(" ");
        text = SPACES_AROUND_BREAK.matcher(text).replaceAll(String.valueOf(BREAK));
        text = stripBreaks(text.strip()).strip();
        return MarkdownText.escapeLineStarts(text.replace(String.valueOf(BREAK), "\\\n"));
    }

    private static String stripBreaks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == BREAK || text.charAt(start) == ' ')) start++;
        while (end > start && (text.charAt(end - 1) == BREAK || text.charAt(end - 1) == ' ')) end--;
        return text.substring(start, end);
    }

    private static void block(Element el, List<String> out) {
        String tag = el.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = paragraph(inlineChildren(el)).replace("\\\n", " ");
                if (!text.isEmpty()) out.add("#".repeat(tag.charAt(1) - '0') + " " + text);
            }
            case "ul", "ol" -> {
                String list = list(el, tag.equals("ol"));
                if (!list.isEmpty()) out.add(list);
            }
            case "pre" -> out.add(codeBlock(el));
            case "blockquote" -> {
                List<String> inner = blocks(el);
                if (!inner.isEmpty()) out.add(quote(String.join("\n\n", inner)));
            }
            case "hr" -> out.add("---");
            case "tr" -> {
                List<String> cells = new ArrayList<>();
                for (Element cell : el.children()) {
                    String text = paragraph(inlineChildren(cell));
                    if (!text.isEmpty()) cells.add(text);
                }
                if (!cells.isEmpty()) out.add(String.join(" | ", cells));
            }
            default -> out.addAll(blocks(el));
        }
    }

    private static String list(Element list, boolean ordered) {
        List<String> items = new ArrayList<>();
        int number = ordered ? parseStart(list.attr("start")) : 0;
        for (Element child : list.children()) {
            if (!child.normalName().equals("li")) continue;
            String marker = ordered ? (number++) + ". " : "- ";
            List<String> parts = blocks(child);
            StringBuilder item = new StringBuilder();
            for (String part : parts) {
                if (item.length() > 0) item.append(isList(part) ? "\n" : "\n\n");
                item.append(part);
            }
            items.add(marker + indent(item.toString(), " ".repeat(marker.length())));
        }
        return String.join("\n", items);
    }

    private static boolean isList(String block) {
        return block.startsWith("- ") || ORDERED_ITEM.matcher(block).lookingAt();
    }

    private static int parseStart(String start) {
        try {
            return start.isBlank() ? 1 : Integer.parseInt(start.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String indent(String text, String pad) {
        return text.replace("\n", "\n" + pad).replace("\n" + pad + "\n", "\n\n");
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            out.append(line.isEmpty() ? ">" : "> " + line);
        }
        return out.toString();
    }

    private static String codeBlock(Element pre) {
        Element code = pre.selectFirst("> code");
        String language = language(code != null ? code.className() : "");
        if (language.isEmpty()) language = language(pre.className());
        String text = (code != null ? code : pre).wholeText();
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        String fence = "```";
        while (text.contains(fence)) fence += "`";
        return fence + language + "\n" + text + "\n" + fence;
    }

    private static String language(String classes) {
        var m = LANGUAGE.matcher(classes);
        return m.find() ? m.group(1) : "";
    }

    private static String inlineChildren(Element el) {
        StringBuilder out = new StringBuilder();
        for (Node child : el.childNodes()) out.append(inline(child));
        return out.toString();
    }

    private static String inline(Node node) {
        if (node instanceof TextNode text) return MarkdownText.escapeInline(text.getWholeText());
        if (!(node instanceof Element el)) return "";
        String tag = el.normalName();
        if (DROPPED.contains(tag)) return "";
        if (EMBEDS.contains(tag)) {
            String src = el.absUrl("src").isEmpty() ? el.attr("src") : el.absUrl("src");
            return src.startsWith("http") ? " <" + src + "> " : inlineChildren(el);
        }
        return switch (tag) {
            case "br" -> String.valueOf(BREAK);
            case "img" -> "![" + MarkdownText.escapeInline(el.attr("alt")).replace("\n", " ") + "]("
                    + MarkdownText.destination(el.attr("src")) + ")";
            case "a" -> link(el);
            case "em", "i", "cite", "dfn", "var" -> wrap(inlineChildren(el), "*");
            case "strong", "b" -> wrap(inlineChildren(el), "**");
            case "del", "s", "strike" -> wrap(inlineChildren(el), "~~");
            case "code", "kbd", "samp", "tt" -> MarkdownText.codeSpan(el.wholeText().replace('\n', ' '));
            default -> inlineChildren(el);
        };
    }

    private static String link(Element a) {
        String inner = inlineChildren(a);
        String href = a.attr("href");
        if (href.isEmpty() || href.startsWith("javascript:")) return inner;
        if (inner.isBlank()) return href.startsWith("http") ? "<" + href + ">" : "";
        return "[" + inner.strip() + "](" + MarkdownText.destination(href) + ")";
    }

    /** Emphasis markers must touch the text, so surrounding spaces move outside them. */
    private static String wrap(String inner, String marker) {
        if (inner.isBlank()) return inner;
        int start = 0;
        int end = inner.length();
        while (start < end && Character.isWhitespace(inner.charAt(start))) start++;
        while (end > start && Character.isWhitespace(inner.charAt(end - 1))) end--;
        return inner.substring(0, start) + marker + inner.substring(start, end) + marker + inner.substring(end);
    }
}
