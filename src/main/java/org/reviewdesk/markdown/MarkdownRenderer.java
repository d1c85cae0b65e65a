package org.reviewdesk.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one rendering pipeline of Review Desk, shared by the window's preview and the {@code render} command, so
 * that what the command prints is what the preview shows: Markdown (CommonMark with GitHub tables,
 * strikethrough, autolinks and task lists) to HTML whose blocks carry their source line and whose headings
 * carry anchors, then the images policy, then the sanitizer.
 *
 * <p>Thread-safe and reusable: build one and call it from any thread. No JavaFX here; the window calls it off
 * the FX thread.
 */
public final class MarkdownRenderer {
    private static final Set<String> RESERVED_IDS = Set.of(PreviewDom.CONTAINER_ID);

    private final List<Extension> extensions = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());
    private final Parser parser = Parser.builder()
            .extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer(RESERVED_IDS);
    private final HtmlPage pages = new HtmlPage();

    /**
     * Renders a post's Markdown to sanitized HTML for the {@code #rd-content} container.
     *
     * @param markdown the body; null is taken as empty
     */
    public RenderedHtml render(String markdown, RenderOptions options) {
        Objects.requireNonNull(options, "options");
        String source = markdown == null ? "" : markdown;
        Optional<String> refusal = InputGuard.refusal(source);
        if (refusal.isPresent()) return refused(source, refusal.get());
        Node document;
        try {
            document = parser.parse(source);
        } catch (RuntimeException refused) {
            return refused(source, refused);
        }
        HeadingCollector headings = HeadingCollector.collect(document, RESERVED_IDS);
        RawHtml raw = RawHtml.of(document);
        if (raw.present()) return blockByBlock(document, headings, options, null, raw).html();
        HtmlRenderer html = htmlRenderer(headings);
        // commonmark's own HTML is balanced within each block, so sanitizing it in one piece gives the same HTML
        // (PreviewRenderingTest holds both to it) for a fraction of the cost of a parse and a clean per block.
        return new RenderedHtml(clean(html.render(document), options, RawHtml.NONE).body().html(), headings.headings());
    }

    /**
     * The same HTML as {@link #render}, split into the top-level blocks of the preview's container, for a post
     * that is being edited: each top-level Markdown block is written to HTML and sanitized on its own, and a
     * block whose HTML is the same as in {@code earlier} keeps its sanitized nodes from there, so typing in one
     * paragraph of a long post parses and sanitizes that paragraph's HTML only. The Markdown is still parsed
     * whole, so that what one block means may depend on the others (reference links, heading ids, list
     * tightness).
     *
     * <p>Raw HTML too is sanitized block by block, so that nothing opened in one block (a {@code <style>}, a
     * comment, a {@code <math>}, a tag left open) can swallow, hide or reorder the text of another: a
     * {@code <details>} opened in one block and closed three blocks later wraps nothing in the preview, and
     * every block after it is shown. What the published page would hide is shown marked ({@link HiddenMarks}).
     *
     * @param earlier a rendering of an earlier text of the post, or null
     */
    public PreviewRendering renderForPreview(String markdown, RenderOptions options, PreviewRendering earlier) {
        Objects.requireNonNull(options, "options");
        String source = markdown == null ? "" : markdown;
        Optional<String> refusal = InputGuard.refusal(source);
        if (refusal.isPresent()) return PreviewRendering.whole(refused(source, refusal.get()));
        Node document;
        try {
            document = parser.parse(source);
        } catch (RuntimeException refused) {
            return PreviewRendering.whole(refused(source, refused));
        }
        HeadingCollector headings = HeadingCollector.collect(document, RESERVED_IDS);
        return blockByBlock(document, headings, options, earlier, RawHtml.of(document));
    }

    private PreviewRendering blockByBlock(Node document, HeadingCollector headings, RenderOptions options,
                                          PreviewRendering earlier, RawHtml rawHtml) {
        Map<String, List<PreviewBlocks.Block>> reusable = earlier != null && options.equals(earlier.options())
                ? earlier.blocksByHtml() : Map.of();
        Map<String, List<PreviewBlocks.Block>> byHtml = new HashMap<>();
        List<PreviewBlocks.Block> blocks = new java.util.ArrayList<>();
        StringBuilder bodyHtml = new StringBuilder();
        CarriedFormatting carried = new CarriedFormatting(rawHtml.styles());
        for (String written : TopLevelBlocks.of(document, rendererBuilder(headings))) {
            String block = written;
            if (rawHtml.present()) {
                block = carried.carriedInto(written);
                carried.advance(block);
            }
            // What the post's own style sheet hides is marked in every block: a block is the same only under the same rules.
            String raw = rawHtml.styles().isEmpty() ? block : rawHtml.styles().key() + "\u0000" + block;
            List<PreviewBlocks.Block> built = byHtml.get(raw);
            if (built == null) built = reusable.get(raw);
            if (built == null) built = PreviewBlocks.of(clean(block, options, rawHtml).body()).blocks();
            byHtml.put(raw, built);
            blocks.addAll(built);
            for (PreviewBlocks.Block b : built) bodyHtml.append(b.exact());
        }
        return new PreviewRendering(new RenderedHtml(bodyHtml.toString(), headings.headings()),
                PreviewBlocks.of(blocks), options, byHtml);
    }

    /** Whether a post has raw HTML, and what its own style sheets hide or add. */
    private record RawHtml(boolean present, PostStyles styles) {
        static final RawHtml NONE = new RawHtml(false, PostStyles.NONE);

        static RawHtml of(Node document) {
            StringBuilder literals = new StringBuilder();
            boolean[] found = {false};
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlBlock htmlBlock) {
                    found[0] = true;
                    literals.append(htmlBlock.getLiteral()).append('\n');
                }

                @Override
                public void visit(HtmlInline htmlInline) {
                    found[0] = true;
                    literals.append(htmlInline.getLiteral());
                    // In a paragraph, a style sheet's rules are text between its two tags.
                    if (!htmlInline.getLiteral().regionMatches(true, 0, "<style", 0, 6)) return;
                    for (Node n = htmlInline.getNext(); n != null && !(n instanceof HtmlInline); n = n.getNext()) {
                        if (n instanceof org.commonmark.node.Text text) literals.append(text.getLiteral());
                        else literals.append('\n');
                    }
                }
            });
            if (!found[0]) return NONE;
            // At each keystroke the post's HTML is mostly what it was: its style sheets are read again only when it changed.
            String html = literals.toString();
            Last last = RawHtml.last;
            if (last != null && last.literals().equals(html)) return last.rawHtml();
            RawHtml read = new RawHtml(true, PostStyles.ofHtml(html));
            RawHtml.last = new Last(html, read);
            return read;
        }

        /** The last post HTML read, and what was read of it (one entry: the post being typed in). */
        private record Last(String literals, RawHtml rawHtml) {
        }

        private static volatile Last last;
    }

    private static RenderedHtml refused(String source, String why) {
        return PlainTextFallback.render(source, "Shown as plain text: " + why + ".");
    }

    // commonmark refuses some hostile input outright (a table of more than a million cells).
    private static RenderedHtml refused(String source, RuntimeException refused) {
        return PlainTextFallback.render(source, "Shown as plain text: the Markdown parser refused it ("
                + refused.getMessage() + ").");
    }

    /**
     * A block's HTML (or a whole post's): hidden text marked, the images policy, then the sanitizer.
     *
     * @param rawHtml whether the post has raw HTML; without, the HTML is commonmark's own and nothing in it
     *                can swallow or hide but invisible characters
     */
    private Document clean(String html, RenderOptions options, RawHtml rawHtml) {
        String defused = rawHtml.present() ? HiddenMarks.defuse(html) : html;
        Document dirty = Jsoup.parseBodyFragment(defused);
        String leftOpen = rawHtml.present() ? CarriedFormatting.leftOpenIn(html) : null;
        if (leftOpen != null) SwallowedMarks.takeInTheRest(dirty, leftOpen);
        if (!rawHtml.styles().isEmpty() || HiddenMarks.mayHide(defused, rawHtml.present())) {
            HiddenMarks.apply(dirty, rawHtml.styles());
        }
        if (rawHtml.present()) EmbedMarks.apply(dirty);
        ImagePlaceholders.apply(dirty, options.remoteImages());
        return sanitizer.clean(dirty);
    }

    /** A whole HTML page around the rendered post, titled "Preview". */
    public String page(RenderedHtml html, RenderOptions options) {
        return page(html, options, "Preview");
    }

    /**
     * A whole HTML page: Content-Security-Policy, the theme's stylesheet inlined, and the post in
     * {@code <main id="rd-content">}.
     */
    public String page(RenderedHtml html, RenderOptions options, String title) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(options, "options");
        return pages.page(html, options, title == null ? "" : title);
    }

    /** The Content-Security-Policy that {@link #page} puts in the page, for a window that builds its own. */
    public static String contentSecurityPolicy(RenderOptions options) {
        return HtmlPage.contentSecurityPolicy(options);
    }

    // A renderer per call because the attribute provider needs this document's heading ids; building one
    // costs microseconds next to the parse.
    private HtmlRenderer htmlRenderer(HeadingCollector headings) {
        return rendererBuilder(headings).build();
    }

    private HtmlRenderer.Builder rendererBuilder(HeadingCollector headings) {
        return HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> new BlockAttributes(headings.ids()))
                .nodeRendererFactory(RawHtmlBlockRenderer::new);
    }
}
