package org.reviewdesk.gui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.markdown.MarkdownRenderer;
import org.reviewdesk.markdown.PreviewDom;
import org.reviewdesk.markdown.PreviewRendering;
import org.reviewdesk.markdown.RenderOptions;
import org.reviewdesk.markdown.RenderedHtml;

/**
 * The preview over the project's one Markdown pipeline, so the window shows exactly what
 * {@code review-desk render} prints: same parser, sanitizer, images policy, page and stylesheet.
 * Each rendering starts from the previous one, whose unchanged blocks it keeps (see
 * {@link MarkdownRenderer#renderForPreview}): sanitizing a whole long post at every keystroke costs time and
 * memory, and kept a new copy of every block alive until the next keystroke.
 */
public final class MarkdownPreviewRenderer implements PreviewRenderer {
    private static final Pattern LINE = Pattern.compile(PreviewDom.LINE_ATTRIBUTE + "=\"(\\d+)\"");
    private static final RenderedHtml EMPTY = new RenderedHtml("", List.of());

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    /** The last rendering; any earlier one would do too, reuse goes by content, so no lock is needed. */
    private volatile PreviewRendering last;

    private static RenderOptions options(PreviewSettings settings) {
        return new RenderOptions(settings.remoteImages(), settings.dark() ? RenderOptions.Theme.DARK : RenderOptions.Theme.LIGHT);
    }

    @Override
    public String page(PreviewSettings settings) {
        return renderer.page(EMPTY, options(settings));
    }

    @Override
    public RenderedPreview render(String markdown, PreviewSettings settings) {
        PreviewRendering rendering = renderer.renderForPreview(markdown, options(settings), last);
        last = rendering;
        RenderedHtml html = rendering.html();
        List<Integer> lines = new ArrayList<>();
        Matcher m = LINE.matcher(html.bodyHtml());
        while (m.find()) lines.add(Integer.parseInt(m.group(1)));
        return new RenderedPreview(html.bodyHtml(), rendering.blocks(), lines.stream().mapToInt(Integer::intValue).toArray());
    }
}
