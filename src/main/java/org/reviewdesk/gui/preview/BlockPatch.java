package org.reviewdesk.gui.preview;

import java.util.List;
import netscape.javascript.JSObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the content element's blocks from one rendering into the next by replacing only the run of
 * blocks between the common start and the common end: a keystroke usually touches one block.
 */
final class BlockPatch {
    static void apply(Document doc, Element content, List<String> shown, List<String> next) {
        int prefix = 0;
        int max = Math.min(shown.size(), next.size());
        while (prefix < max && shown.get(prefix).equals(next.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < max - prefix
                && shown.get(shown.size() - 1 - suffix).equals(next.get(next.size() - 1 - suffix))) suffix++;
        if (prefix == shown.size() && prefix == next.size()) return;

        List<Element> children = elementChildren(content);
        if (children.size() != shown.size()) {
            // The page is not what we think it is (never expected): rebuild it whole.
            ((JSObject) content).setMember("innerHTML", String.join("\n", next));
            return;
        }
        for (int i = prefix; i < shown.size() - suffix; i++) content.removeChild(children.get(i));
        List<String> added = next.subList(prefix, next.size() - suffix);
        if (added.isEmpty()) return;
        Element holder = doc.createElement("div");
        // The blocks are sanitized HTML; setting innerHTML parses them and never runs a script.
        ((JSObject) holder).setMember("innerHTML", String.join("\n", added));
        Node before = suffix == 0 ? null : children.get(shown.size() - suffix);
        for (Element block : elementChildren(holder)) content.insertBefore(block, before);
    }

    private static List<Element> elementChildren(Element parent) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    private BlockPatch() {
    }
}
