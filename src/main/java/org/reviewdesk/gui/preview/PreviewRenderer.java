package org.reviewdesk.gui.preview;

/**
 * Turns Markdown into the preview's HTML. Both methods are safe to call off the FX thread, and their results
 * depend on their arguments only (a renderer may reuse parts of its earlier results to get there faster).
 * The page is loaded once per {@link PreviewSettings}; later texts replace the children of the
 * element with id {@value #CONTENT_ID} in place, which keeps the scroll position.
 */
public interface PreviewRenderer {
    String CONTENT_ID = "rd-content";

    /** A whole page: Content-Security-Policy, stylesheet and an empty content element. */
    String page(PreviewSettings settings);

    /** Sanitized body HTML whose blocks carry {@code data-line} (1-based source line). */
    RenderedPreview render(String markdown, PreviewSettings settings);
}
