package org.reviewdesk.markdown;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives every block element its source line ({@code data-line}), every heading its anchor id, and a task list
 * item a class so that the stylesheet can drop its bullet. One instance per rendered document.
 */
final class BlockAttributes implements AttributeProvider {
    private final Map<Node, String> headingIds;

    /** @param headingIds the id of each heading node of this document (an identity map) */
    BlockAttributes(Map<Node, String> headingIds) {
        this.headingIds = headingIds;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        String id = headingIds.get(node);
        if (id != null) attributes.put("id", id);
        if (carriesLine(node, tagName)) {
            int line = SourceLine.of(node);
            if (line > 0) attributes.put(PreviewDom.LINE_ATTRIBUTE, Integer.toString(line));
        }
        if (node instanceof ListItem && node.getFirstChild() instanceof TaskListItemMarker) {
            attributes.merge("class", "rd-task", (old, added) -> old + " " + added);
        }
    }

    private static boolean carriesLine(Node node, String tagName) {
        if (node instanceof Document) return false;
        // A code block is written as <pre><code>: the line goes on the outer element only.
        if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) && tagName.equals("code")) return false;
        return node instanceof Block || node instanceof TableRow;
    }
}
