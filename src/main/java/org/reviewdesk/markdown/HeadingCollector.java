package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Finds the headings of a parsed document and gives each a unique id, before rendering, so that the ids are
 * known both to the HTML and to the outline returned with it.
 */
final class HeadingCollector extends AbstractVisitor {
    private final HeadingSlugs slugs;
    private final List<Heading> headings = new ArrayList<>();
    private final Map<Node, String> ids = new IdentityHashMap<>();

    private HeadingCollector(Set<String> reservedIds) {
        this.slugs = new HeadingSlugs(reservedIds);
    }

    static HeadingCollector collect(Node document, Set<String> reservedIds) {
        HeadingCollector collector = new HeadingCollector(reservedIds);
        document.accept(collector);
        return collector;
    }

    List<Heading> headings() {
        return List.copyOf(headings);
    }

    /** Heading node to id, by identity. */
    Map<Node, String> ids() {
        return ids;
    }

    @Override
    public void visit(org.commonmark.node.Heading heading) {
        String text = plainText(heading).strip();
        String id = slugs.next(text);
        ids.put(heading, id);
        headings.add(new Heading(heading.getLevel(), text, id, SourceLine.of(heading)));
        // Headings do not nest, and their inline children are read by plainText.
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
