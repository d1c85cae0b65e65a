package org.reviewdesk.markdown;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
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
        if (refusal.isPresent()) {
            return PlainTextFallback.render(source, "Shown as plain text: " + refusal.get() + ".");
        }
        Node document;
        try {
            document = parser.parse(source);
        } catch (RuntimeException refused) {
            // commonmark refuses some hostile input outright (a table of more than a million cells).
            return PlainTextFallback.render(source, "Shown as plain text: the Markdown parser refused it ("
                    + refused.getMessage() + ").");
        }
        HeadingCollector headings = HeadingCollector.collect(document, RESERVED_IDS);
        String rawHtml = htmlRenderer(headings).render(document);

        Document dirty = Jsoup.parseBodyFragment(rawHtml);
        ImagePlaceholders.apply(dirty, options.remoteImages());
        Document clean = sanitizer.clean(dirty);
        return new RenderedHtml(clean.body().html(), headings.headings());
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
        return HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> new BlockAttributes(headings.ids()))
                .nodeRendererFactory(RawHtmlBlockRenderer::new)
                .build();
    }
}
