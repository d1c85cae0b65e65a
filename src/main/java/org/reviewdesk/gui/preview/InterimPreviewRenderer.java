package org.reviewdesk.gui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The preview pipeline until the project's markdown package provides it: commonmark with the GFM
 * extensions, {@code data-line} on every block, a jsoup safelist, and remote images swapped for a
 * placeholder unless the user turned them on. Replace it by an adapter over
 * {@code org.reviewdesk.markdown.MarkdownRenderer} in {@code PreviewRenderers} when that lands.
 */
public final class InterimPreviewRenderer implements PreviewRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .attributeProviderFactory(c -> InterimPreviewRenderer::addLine).build();
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes(":all", "data-line", "class")
            .addAttributes("input", "type", "checked", "disabled")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(false);
    private final String lightCss = resource("preview.css");
    private final String darkCss = resource("preview-dark.css");

    private static void addLine(Node node, String tag, Map<String, String> attributes) {
        if (node instanceof Block && !node.getSourceSpans().isEmpty()) {
            SourceSpan first = node.getSourceSpans().get(0);
            attributes.put("data-line", Integer.toString(first.getLineIndex() + 1));
        }
    }

    @Override
    public String page(PreviewSettings settings) {
        String images = settings.remoteImages() ? "http: https:" : "'none'";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'; "
                + "style-src 'unsafe-inline'; img-src " + images + "; form-action 'none'\">"
                + "<style>" + lightCss + (settings.dark() ? darkCss : "") + "</style></head>"
                + "<body class=\"" + (settings.dark() ? "rd-dark" : "rd-light") + "\">"
                + "<main id=\"" + CONTENT_ID + "\"></main></body></html>";
    }

    @Override
    public RenderedPreview render(String markdown, PreviewSettings settings) {
        String raw = renderer.render(parser.parse(markdown));
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(raw));
        if (!settings.remoteImages()) {
            for (Element img : clean.select("img")) {
                img.replaceWith(placeholder(img));
            }
        }
        return PreviewBlocks.split(clean);
    }

    /** Shows what would load, so the reviewer can judge the image without reaching the network. */
    private static Element placeholder(Element img) {
        String caption = img.attr("alt").isBlank() ? "image" : img.attr("alt");
        String host;
        try {
            host = URI.create(img.attr("src")).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        Element span = new Element("span").addClass("rd-image-placeholder");
        span.text("Image: " + caption + (host == null ? "" : " (" + host + ")"));
        return span;
    }

    private static String resource(String name) {
        try (InputStream in = InterimPreviewRenderer.class.getResourceAsStream("/org/reviewdesk/gui/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource /org/reviewdesk/gui/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
