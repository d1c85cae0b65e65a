package org.reviewdesk.markdown;

import java.util.List;
import org.jsoup.nodes.Entities;

/** What the preview shows for a body it will not render: a notice and the source, escaped. */
final class PlainTextFallback {
    private PlainTextFallback() {
    }

    static RenderedHtml render(String source, String notice) {
        String html = "<p class=\"rd-notice\">" + Entities.escape(notice) + "</p>"
                + "<pre " + PreviewDom.LINE_ATTRIBUTE + "=\"1\">" + Entities.escape(source) + "</pre>";
        return new RenderedHtml(html, List.of());
    }
}
