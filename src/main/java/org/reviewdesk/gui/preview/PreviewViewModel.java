package org.reviewdesk.gui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.Failures;
import org.reviewdesk.gui.task.LatestValueJob;

/**
 * The live preview's state: the settings the page depends on (remote images, off by default; dark)
 * and the latest rendering of the editor's text. Rendering runs off the FX thread and is coalesced:
 * however fast the user types, at most one render runs and one waits, always for the newest text.
 */
public final class PreviewViewModel {
    private final BooleanProperty remoteImages = new SimpleBooleanProperty(this, "remoteImages", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final ReadOnlyObjectWrapper<PreviewSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", PreviewSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<RenderedPreview> rendered =
            new ReadOnlyObjectWrapper<>(this, "rendered", RenderedPreview.EMPTY);
    private final PreviewRenderer renderer;
    private final ObservableStringValue source;
    private final LatestValueJob<Request, RenderedPreview> job;
    private Request lastRequested;

    private record Request(String markdown, PreviewSettings settings) {
    }

    public PreviewViewModel(PreviewRenderer renderer, ObservableStringValue source, BackgroundExecutor computeExecutor) {
        this.renderer = renderer;
        this.source = source;
        this.job = new LatestValueJob<>(computeExecutor, this::renderOrSayWhy,
                r -> {
                    // A result for settings that are no longer current would show, say, images the user just blocked.
                    if (r.input().settings().equals(settings.get())) rendered.set(r.output());
                },
                e -> rendered.set(failed(e)));
        remoteImages.addListener((o, was, now) -> settingsChanged());
        dark.addListener((o, was, now) -> settingsChanged());
        source.addListener((o, was, now) -> render(now));
    }

    /** A rendering that fails says why in the preview, as a result of its post (not shown if the post was left). */
    private RenderedPreview renderOrSayWhy(Request r) {
        try {
            return renderer.render(r.markdown(), r.settings());
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** A word from the desk in the preview itself, set apart from the post: a rendering that failed, one under way. */
    private static RenderedPreview failed(Throwable e) {
        return notice("rd-notice", "The preview failed: " + Failures.message(e));
    }

    private static RenderedPreview notice(String styleClass, String text) {
        String html = "<p class=\"" + styleClass + "\">" + org.jsoup.nodes.Entities.escape(text) + "</p>";
        return new RenderedPreview(html, org.reviewdesk.markdown.PreviewBlocks.of(
                new org.reviewdesk.markdown.RenderedHtml(html, java.util.List.of())), new int[0]);
    }

    /**
     * The editor holds another post now, with {@code body}: the last post's preview goes at once (a long post takes
     * seconds to render, and its text must not stand for this one's), any rendering of it still under way is dropped,
     * and this body is rendered, whether or not the editor's text changes with it.
     */
    public void postReplaced(String body) {
        job.discardEarlier();
        lastRequested = null;
        rendered.set(notice("rd-pending", "Rendering the preview of this post\u2026"));
        render(body);
    }

    private void settingsChanged() {
        settings.set(new PreviewSettings(remoteImages.get(), dark.get()));
        render(source.get());
    }

    /** Renders {@code markdown} unless it is what was asked last (a post opened asks before its text is set). */
    private void render(String markdown) {
        Request request = new Request(markdown, settings.get());
        if (request.equals(lastRequested)) return;
        lastRequested = request;
        job.request(request);
    }

    public BooleanProperty remoteImagesProperty() {
        return remoteImages;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyObjectProperty<PreviewSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderedPreview> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    /** The whole page for the current settings (cheap: no Markdown involved). */
    public String page() {
        return renderer.page(settings.get());
    }
}
