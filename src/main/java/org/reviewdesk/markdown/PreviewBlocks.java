package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A rendered post split into the top-level nodes of {@code #rd-content}, each with two keys: its exact HTML,
 * and its shape (the HTML without line numbers). Build it off the FX thread; {@link PreviewDomWriter} then
 * compares two of them to touch only the blocks an edit changed. Typing in one paragraph changes that block,
 * and adding a line shifts the {@code data-line} of every later block without changing its shape.
 */
public final class PreviewBlocks {
    public static final PreviewBlocks EMPTY = new PreviewBlocks(List.of());

    private final List<Block> blocks;

    record Block(Node node, String exact, String shape) {
    }

    private PreviewBlocks(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static PreviewBlocks of(RenderedHtml html) {
        return of(Jsoup.parseBodyFragment(html.bodyHtml()).body());
    }

    /** The children of a sanitized body, as they are (no second parse of their HTML). */
    static PreviewBlocks of(Element body) {
        List<Block> blocks = new ArrayList<>();
        for (Node node : body.childNodes()) {
            blocks.add(new Block(node, node.outerHtml(), shape(node)));
        }
        return new PreviewBlocks(blocks);
    }

    static PreviewBlocks of(List<Block> blocks) {
        return new PreviewBlocks(blocks);
    }

    public int size() {
        return blocks.size();
    }

    List<Block> blocks() {
        return blocks;
    }

    private static String shape(Node root) {
        StringBuilder out = new StringBuilder();
        appendShape(root, out);
        return out.toString();
    }

    private static void appendShape(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append('"').append(text.getWholeText().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (node instanceof Element element) {
            out.append('<').append(element.tagName());
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals(PreviewDom.LINE_ATTRIBUTE)) continue;
                out.append(' ').append(attribute.getKey()).append("=\"")
                        .append(attribute.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            out.append('>');
            for (Node child : element.childNodes()) appendShape(child, out);
            out.append("</").append(element.tagName()).append('>');
        }
    }
}
