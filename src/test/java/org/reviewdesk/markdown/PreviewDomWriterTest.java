package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The window updates the preview through the DOM API (no JavaScript): after each update the container holds
 * exactly the rendered post, and blocks the edit did not change are the same DOM nodes as before.
 */
class PreviewDomWriterTest {
    private static final String POST = "# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n- a\n- b\n\nLast words.\n";

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private Element container;

    @BeforeEach
    void emptyPage() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element html = document.createElement("html");
        document.appendChild(html);
        container = document.createElement("main");
        container.setAttribute("id", PreviewDom.CONTAINER_ID);
        html.appendChild(container);
    }

    private PreviewBlocks blocks(String markdown) {
        return PreviewBlocks.of(renderer.render(markdown, RenderOptions.DEFAULT));
    }

    /** The container's content, normalized by jsoup so that it compares with the renderer's output. */
    private String containerHtml() throws Exception {
        StringWriter out = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(container), new StreamResult(out));
        return canonical(Jsoup.parseBodyFragment(out.toString()).selectFirst("main"));
    }

    private String expectedHtml(String markdown) {
        return canonical(Jsoup.parseBodyFragment(renderer.render(markdown, RenderOptions.DEFAULT).bodyHtml()).body());
    }

    /** The XML serializer sorts attributes; sort them on both sides. */
    private static String canonical(org.jsoup.nodes.Element root) {
        for (org.jsoup.nodes.Element element : root.getAllElements()) {
            var sorted = new java.util.TreeMap<String, String>();
            element.attributes().forEach(a -> sorted.put(a.getKey(), a.getValue()));
            element.clearAttributes();
            sorted.forEach(element::attr);
        }
        return root.html();
    }

    private Node blockWithLine(String line) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getAttribute("data-line").equals(line)) return n;
        }
        throw new AssertionError("no block at line " + line);
    }

    @Test
    void theFirstUpdateWritesTheWholePost() throws Exception {
        PreviewDomWriter.update(container, PreviewBlocks.EMPTY, blocks(POST));

        assertThat(containerHtml()).isEqualTo(expectedHtml(POST));
    }

    @Test
    void anEditRebuildsOnlyTheBlockItChanged() throws Exception {
        PreviewBlocks first = blocks(POST);
        PreviewDomWriter.update(container, PreviewBlocks.EMPTY, first);
        Node title = blockWithLine("1");
        Node list = blockWithLine("7");

        String edited = POST.replace("Second paragraph.", "Second paragraph, edited.");
        int rebuilt = PreviewDomWriter.update(container, first, blocks(edited));

        assertThat(rebuilt).isEqualTo(1);
        assertThat(containerHtml()).isEqualTo(expectedHtml(edited));
        assertThat(blockWithLine("1")).isSameAs(title);
        assertThat(blockWithLine("7")).isSameAs(list);
    }

    @Test
    void addedLinesRenumberTheLaterBlocksInPlace() throws Exception {
        PreviewBlocks first = blocks(POST);
        PreviewDomWriter.update(container, PreviewBlocks.EMPTY, first);
        Node list = blockWithLine("7");

        String edited = POST.replace("First paragraph.", "First paragraph.\n\nA new one.");
        PreviewDomWriter.update(container, first, blocks(edited));

        assertThat(containerHtml()).isEqualTo(expectedHtml(edited));
        assertThat(blockWithLine("9")).isSameAs(list);
        assertThat(((Element) list).getElementsByTagName("li").item(1).getAttributes().getNamedItem("data-line").getNodeValue())
                .isEqualTo("10");
    }

    @Test
    void deletingEverythingEmptiesTheContainer() throws Exception {
        PreviewBlocks first = blocks(POST);
        PreviewDomWriter.update(container, PreviewBlocks.EMPTY, first);

        PreviewDomWriter.update(container, first, blocks(""));

        assertThat(container.getChildNodes().getLength()).isZero();
    }

    @Test
    void aContainerThatDoesNotMatchWhatWasLastWrittenIsRebuiltWhole() throws Exception {
        container.appendChild(container.getOwnerDocument().createElement("p"));

        PreviewDomWriter.update(container, blocks("something else\n\nentirely"), blocks(POST));

        assertThat(containerHtml()).isEqualTo(expectedHtml(POST));
    }
}
