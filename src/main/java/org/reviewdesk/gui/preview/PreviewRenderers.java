package org.reviewdesk.gui.preview;

/** The one place that chooses the preview pipeline the window uses. */
public final class PreviewRenderers {
    public static PreviewRenderer standard() {
        return new MarkdownPreviewRenderer();
    }

    private PreviewRenderers() {
    }
}
