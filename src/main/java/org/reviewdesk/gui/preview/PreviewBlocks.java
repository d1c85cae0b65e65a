package org.reviewdesk.gui.preview;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Splits sanitized body HTML into its top-level blocks and collects their source lines. */
final class PreviewBlocks {
    static RenderedPreview split(Document clean) {
        clean.outputSettings().prettyPrint(false);
        List<String> blocks = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Node node : clean.body().childNodes()) {
            if (node instanceof TextNode t && t.isBlank()) continue;
            if (node instanceof Element e) {
                blocks.add(e.outerHtml());
            } else {
                // Stray inline content at the top level: wrap it, so every block is one element.
                blocks.add("<div>" + node.outerHtml() + "</div>");
            }
        }
        for (Element e : clean.select("[data-line]")) {
            try {
                lines.add(Integer.parseInt(e.attr("data-line")));
            } catch (NumberFormatException ignored) {
                // A data-line that is not a number cannot be scrolled to; the block still shows.
            }
        }
        return new RenderedPreview(blocks, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    static RenderedPreview split(String bodyHtml) {
        return split(Jsoup.parseBodyFragment(bodyHtml));
    }

    private PreviewBlocks() {
    }
}
