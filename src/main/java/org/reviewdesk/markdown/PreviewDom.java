package org.reviewdesk.markdown;

/**
 * The names the window relies on in the rendered HTML. The preview runs no JavaScript, so the window updates
 * the page through the DOM API from Java: it finds the container by id, replaces its children, and maps
 * between editor lines and blocks through the {@code data-line} attribute.
 */
public final class PreviewDom {
    /** The id of the element whose children are the rendered post; stable across updates. */
    public static final String CONTAINER_ID = "rd-content";

    /**
     * The attribute carrying the 1-based source line where a block starts. Every block element has it
     * (paragraphs, headings, list items, lists, block quotes, code blocks, tables and their rows, rules),
     * and an empty {@code span.rd-line} marks where a raw HTML block starts.
     */
    public static final String LINE_ATTRIBUTE = "data-line";

    /** The class of the element that stands in for an image that is not loaded. */
    public static final String IMAGE_PLACEHOLDER_CLASS = "rd-image-placeholder";

    /** The class of the empty marker placed before a raw HTML block, which cannot carry attributes itself. */
    public static final String LINE_MARKER_CLASS = "rd-line";

    private PreviewDom() {
    }
}
