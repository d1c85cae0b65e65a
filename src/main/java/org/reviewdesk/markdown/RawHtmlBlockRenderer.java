package org.reviewdesk.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a raw HTML block as the core renderer does, preceded by an empty marker carrying its source line.
 * The block itself cannot be given an attribute, and wrapping it in an element would change the HTML it holds.
 * An empty inline element between blocks takes no space, so the marker changes nothing a reader sees. The
 * sanitizer runs afterwards.
 *
 * <p>A block that CommonMark runs to the end of its container because its end condition never comes (an
 * unclosed {@code <!--}, {@code <style>}, {@code <script>}, {@code <pre>} or {@code <textarea>}) holds the
 * rest of the post: on the published page that text is hidden or shown as raw markup. The preview shows it as
 * text instead, marked, so that the reviewer reads what follows and sees why it would be lost.
 */
final class RawHtmlBlockRenderer implements NodeRenderer {
    static final String UNCLOSED_CLASS = "rd-raw-html";
    static final String UNCLOSED_LABEL = "raw HTML shown as text: it would hide the rest of the post";

    /** A tag of the post's raw HTML; the class attribute in one; a class name of the desk's own ({@code rd-…}). */
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][a-zA-Z0-9-]*" + HiddenHtml.ATTRIBUTES + ">");
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("([\\s/]class\\s*+=\\s*+)(\"[^\"]*+\"|'[^']*+'|[^\\s>]++)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_CLASS = Pattern.compile("(?<![\\w-])(rd-)", Pattern.CASE_INSENSITIVE);

    private final HtmlWriter html;

    RawHtmlBlockRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlBlock.class, HtmlInline.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HtmlInline inline) {
            html.raw(withoutOwnClasses(inline.getLiteral()));
            return;
        }
        html.line();
        int line = SourceLine.of(node);
        if (line > 0) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", PreviewDom.LINE_MARKER_CLASS);
            attributes.put(PreviewDom.LINE_ATTRIBUTE, Integer.toString(line));
            html.tag("span", attributes);
            html.tag("/span");
        }
        String literal = ((HtmlBlock) node).getLiteral();
        if (UnclosedHtmlBlock.isUnclosed(literal)) {
            html.tag("div", Map.of("class", UNCLOSED_CLASS));
            html.tag("p", Map.of("class", HiddenMarks.LABEL_CLASS));
            html.text(UNCLOSED_LABEL);
            html.tag("/p");
            html.tag("pre");
            html.text(literal);
            html.tag("/pre");
            html.tag("/div");
        } else {
            html.raw(withoutOwnClasses(literal));
        }
        html.line();
    }

    /**
     * The post's HTML with each class name that the preview gives its own marks ({@code rd-hidden}, {@code rd-pending} …)
     * renamed: a post must not make its text look like the desk's word, or like hidden text, in the preview.
     */
    static String withoutOwnClasses(String literal) {
        if (literal.toLowerCase(java.util.Locale.ROOT).indexOf("rd-") < 0 && literal.indexOf('&') < 0) return literal;
        Matcher tag = TAG.matcher(literal);
        StringBuilder out = new StringBuilder(literal.length());
        int from = 0;
        while (tag.find()) {
            String text = tag.group();
            if (text.toLowerCase(java.util.Locale.ROOT).indexOf("rd-") < 0 && text.indexOf('&') < 0) continue;
            Matcher classes = CLASS_ATTRIBUTE.matcher(text);
            String renamed = classes.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ownClassesRenamed(m.group(2))));
            out.append(literal, from, tag.start()).append(renamed);
            from = tag.end();
        }
        return from == 0 ? literal : out.append(literal, from, literal.length()).toString();
    }

    /** A class attribute's value, quoted, as the parser will read it (entities decoded), with the desk's names renamed. */
    private static String ownClassesRenamed(String written) {
        boolean quoted = written.startsWith("\"") || written.startsWith("'");
        String value = org.jsoup.parser.Parser.unescapeEntities(quoted ? written.substring(1, written.length() - 1) : written, true);
        if (value.toLowerCase(java.util.Locale.ROOT).indexOf("rd-") < 0) return written;
        String renamed = OWN_CLASS.matcher(value).replaceAll("post-$1");
        return "\"" + renamed.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"";
    }
}
