package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The HTML of each top-level block of a document, written in one pass. Rendering a block on its own makes a renderer
 * context (every node renderer and the attribute provider) per block: at a keystroke in a 10,000-word post, hundreds
 * of them, about a fifth of what the preview allocated. Here the document is written once and its HTML cut between
 * its top-level blocks, each part the same text as the block rendered on its own: every block starts on a line of
 * its own and ends with a line break, so no block's HTML depends on the one before it.
 */
final class TopLevelBlocks implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final StringBuilder out;
    private final List<String> blocks;

    private TopLevelBlocks(HtmlNodeRendererContext context, StringBuilder out, List<String> blocks) {
        this.context = context;
        this.out = out;
        this.blocks = blocks;
    }

    /** The HTML of {@code document}'s top-level blocks, in order, written by {@code builder}'s renderer. */
    static List<String> of(Node document, HtmlRenderer.Builder builder) {
        StringBuilder out = new StringBuilder();
        List<String> blocks = new ArrayList<>();
        builder.nodeRendererFactory(context -> new TopLevelBlocks(context, out, blocks)).build().render(document, out);
        return blocks;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Document.class);
    }

    @Override
    public void render(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            out.setLength(0);
            context.render(block);
            blocks.add(out.toString());
        }
        out.setLength(0);
    }
}
