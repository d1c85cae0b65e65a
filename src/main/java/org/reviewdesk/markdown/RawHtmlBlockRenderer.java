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
 * The block itself cannot be given an attribute, and wrapping it in an element would break HTML that opens in
 * one block and closes in another (a {@code <details>} around Markdown, say). An empty inline element between
 * blocks takes no space, so the marker changes nothing a reader sees. The sanitizer runs afterwards.
 */
final class RawHtmlBlockRenderer implements NodeRenderer {
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
        html.raw(((HtmlBlock) node).getLiteral());
        html.line();
    }
}
