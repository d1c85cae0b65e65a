package org.reviewdesk.markdown;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a rendered post into the preview's DOM from Java, since the preview runs no JavaScript: given what
 * the container holds now and what it should hold, it rebuilds only the top-level blocks whose shape changed
 * and renumbers the lines of the others, so that the page, its scroll position and WebKit's layout of the
 * untouched blocks survive an update. Works on any {@code org.w3c.dom} tree (WebView's, or the JDK's in tests);
 * call it on the thread that owns that tree (the FX thread for WebView).
 */
public final class PreviewDomWriter {
    private PreviewDomWriter() {
    }

    /**
     * @param container the {@code #rd-content} element
     * @param previous  what was last written into it ({@link PreviewBlocks#EMPTY} after the page was loaded
     *                  with an empty container); if the container does not hold as many nodes as that, it is
     *                  rebuilt whole
     * @return the number of top-level nodes rebuilt
     */
    public static int update(org.w3c.dom.Element container, PreviewBlocks previous, PreviewBlocks next) {
        List<PreviewBlocks.Block> before = previous.blocks();
        List<PreviewBlocks.Block> after = next.blocks();
        NodeList current = container.getChildNodes();
        if (current.getLength() != before.size()) {
            while (container.getFirstChild() != null) container.removeChild(container.getFirstChild());
            before = List.of();
        }
        int common = Math.min(before.size(), after.size());
        int prefix = 0;
        while (prefix < common && before.get(prefix).shape().equals(after.get(prefix).shape())) prefix++;
        int suffix = 0;
        while (suffix < common - prefix && before.get(before.size() - 1 - suffix).shape()
                .equals(after.get(after.size() - 1 - suffix).shape())) suffix++;

        // Only the children this update touches are fetched: in WebView each one is a call into WebKit that
        // leaves a wrapper for the collector, and a keystroke in a 10,000-word post touches one child of 600.
        for (int i = 0; i < prefix; i++) renumber(current, i, before.get(i), after.get(i));
        for (int i = 0; i < suffix; i++) {
            int o = before.size() - 1 - i;
            renumber(current, o, before.get(o), after.get(after.size() - 1 - i));
        }
        int removed = before.size() - suffix - prefix;
        Node anchor = suffix == 0 ? null : current.item(before.size() - suffix);
        Node first = removed == 0 ? null : current.item(prefix);
        for (int i = 0; i < removed; i++) {
            Node following = first.getNextSibling();
            container.removeChild(first);
            first = following;
        }
        Document document = container.getOwnerDocument();
        for (int i = prefix; i < after.size() - suffix; i++) {
            container.insertBefore(build(document, after.get(i).node()), anchor);
        }
        return after.size() - suffix - prefix;
    }

    /** Same shape, maybe other lines: walk both trees in step and copy the line numbers that differ. */
    private static void renumber(NodeList children, int index, PreviewBlocks.Block before, PreviewBlocks.Block after) {
        if (before.exact().equals(after.exact())) return;
        copyLines(children.item(index), after.node());
    }

    private static void copyLines(Node dom, org.jsoup.nodes.Node source) {
        if (!(source instanceof Element element) || !(dom instanceof org.w3c.dom.Element target)) return;
        String line = element.attr(PreviewDom.LINE_ATTRIBUTE);
        if (!line.equals(target.getAttribute(PreviewDom.LINE_ATTRIBUTE))) {
            if (line.isEmpty()) target.removeAttribute(PreviewDom.LINE_ATTRIBUTE);
            else target.setAttribute(PreviewDom.LINE_ATTRIBUTE, line);
        }
        NodeList children = dom.getChildNodes();
        for (int i = 0; i < element.childNodeSize() && i < children.getLength(); i++) {
            copyLines(children.item(i), element.childNode(i));
        }
    }

    private static Node build(Document document, org.jsoup.nodes.Node source) {
        if (source instanceof TextNode text) return document.createTextNode(text.getWholeText());
        if (source instanceof Element element) {
            org.w3c.dom.Element built = document.createElement(element.tagName());
            for (Attribute attribute : element.attributes()) built.setAttribute(attribute.getKey(), attribute.getValue());
            for (org.jsoup.nodes.Node child : element.childNodes()) built.appendChild(build(document, child));
            return built;
        }
        // The sanitized HTML holds only elements and text; anything else (a comment) is left out.
        return document.createTextNode("");
    }
}
