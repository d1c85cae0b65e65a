package org.reviewdesk.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.HtmlBlock;
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

    private final HtmlWriter html;

    RawHtmlBlockRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlBlock.class);
    }

    @Override
    public void render(Node node) {
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
            html.raw(literal);
        }
        html.line();
    }
}
