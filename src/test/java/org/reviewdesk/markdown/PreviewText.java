package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text a reader of the preview sees, by both of the preview's paths: the HTML that {@code render} prints,
 * parsed as a browser would, and the DOM that the window builds block by block with {@link PreviewDomWriter}
 * after an earlier rendering of another text. The stylesheet hides nothing and the sanitizer leaves no style
 * or {@code hidden} attribute, so an element's text content is what is on screen.
 */
final class PreviewText {
    private PreviewText() {
    }

    /** The visible text of what {@code render} prints. */
    static String ofRender(MarkdownRenderer renderer, String markdown, RenderOptions options) {
        Element body = Jsoup.parseBodyFragment(renderer.render(markdown, options).bodyHtml()).body();
        for (Element element : body.getAllElements()) {
            assertThat(element.hasAttr("style") || element.hasAttr("hidden")).as("<%s> in %s", element.tagName(), markdown)
                    .isFalse();
        }
        return body.text();
    }

    /**
     * The visible text of the window's preview after it showed {@code before} and then, updated in place,
     * {@code markdown}: the blocks reused from the first rendering and the ones built for the second.
     */
    static String ofPreview(MarkdownRenderer renderer, String before, String markdown, RenderOptions options) {
        org.w3c.dom.Element container = emptyContainer();
        PreviewRendering first = renderer.renderForPreview(before, options, null);
        PreviewDomWriter.update(container, PreviewBlocks.EMPTY, first.blocks());
        PreviewRendering second = renderer.renderForPreview(markdown, options, first);
        PreviewDomWriter.update(container, first.blocks(), second.blocks());
        return container.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The HTML of the window's preview after it showed {@code before} and then, updated in place, {@code markdown}. */
    static String htmlOfPreview(MarkdownRenderer renderer, String before, String markdown, RenderOptions options) {
        PreviewRendering first = renderer.renderForPreview(before, options, null);
        return renderer.renderForPreview(markdown, options, first).html().bodyHtml();
    }

    /** The words of a text, lower-cased, without punctuation. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) words.add(word);
        }
        return words;
    }

    /** Every word of {@code prose}, in order, among the words of {@code shown} (other words may come between). */
    static void assertShowsInOrder(String shown, String prose, String context) {
        List<String> seen = words(shown);
        int at = 0;
        for (String word : words(prose)) {
            int found = seen.subList(at, seen.size()).indexOf(word);
            assertThat(found).as("%s: the word \"%s\" of \"%s\" is missing or out of order in the preview's text \"%s\"",
                    context, word, prose, shown).isNotNegative();
            at += found + 1;
        }
    }

    private static org.w3c.dom.Element emptyContainer() {
        try {
            org.w3c.dom.Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            org.w3c.dom.Element html = document.createElement("html");
            document.appendChild(html);
            org.w3c.dom.Element container = document.createElement("main");
            container.setAttribute("id", PreviewDom.CONTAINER_ID);
            html.appendChild(container);
            return container;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
