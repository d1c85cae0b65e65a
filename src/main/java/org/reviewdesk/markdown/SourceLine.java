package org.reviewdesk.markdown;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The 1-based line where a parsed node starts, as the editor counts lines. */
final class SourceLine {
    private SourceLine() {
    }

    /** @return the line, or 0 when the parser recorded no source position for the node */
    static int of(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
