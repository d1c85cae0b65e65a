package org.reviewdesk.markdown;

import java.util.List;
import java.util.Map;

/**
 * A post rendered for the preview by {@link MarkdownRenderer#renderForPreview}: its HTML, exactly as
 * {@link MarkdownRenderer#render} gives it, and the same as top-level blocks for {@link PreviewDomWriter}.
 * It also remembers which sanitized blocks came from which block HTML, so that the next rendering of the
 * edited post can take the unchanged ones from it. Immutable; the jsoup nodes it holds are never modified.
 */
public final class PreviewRendering {
    private final RenderedHtml html;
    private final PreviewBlocks blocks;
    private final RenderOptions options;
    /** The HTML commonmark wrote for each top-level Markdown block, to the blocks it became; empty: nothing to reuse. */
    private final Map<String, List<PreviewBlocks.Block>> blocksByHtml;

    PreviewRendering(RenderedHtml html, PreviewBlocks blocks, RenderOptions options,
                     Map<String, List<PreviewBlocks.Block>> blocksByHtml) {
        this.html = html;
        this.blocks = blocks;
        this.options = options;
        this.blocksByHtml = Map.copyOf(blocksByHtml);
    }

    /** A rendering made in one piece (a body shown as plain text): nothing in it is reused. */
    static PreviewRendering whole(RenderedHtml html) {
        return new PreviewRendering(html, PreviewBlocks.of(html), null, Map.of());
    }

    public RenderedHtml html() {
        return html;
    }

    public PreviewBlocks blocks() {
        return blocks;
    }

    RenderOptions options() {
        return options;
    }

    Map<String, List<PreviewBlocks.Block>> blocksByHtml() {
        return blocksByHtml;
    }
}
