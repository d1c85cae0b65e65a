package org.reviewdesk.markdown;

import java.util.List;

/**
 * A post rendered and sanitized.
 *
 * @param bodyHtml the content of the preview's {@code #rd-content} container: sanitized HTML in which every
 *                 block element carries {@code data-line="N"}, N being the 1-based source line where the block
 *                 starts (see {@link PreviewDom})
 * @param headings the headings in document order
 */
public record RenderedHtml(String bodyHtml, List<Heading> headings) {
    public RenderedHtml {
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        headings = List.copyOf(headings);
    }
}
