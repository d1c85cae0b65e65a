package org.reviewdesk.gui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import org.reviewdesk.gui.task.BackgroundExecutor;
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

    private record Request(String markdown, PreviewSettings settings) {
    }

    public PreviewViewModel(PreviewRenderer renderer, ObservableStringValue source, BackgroundExecutor computeExecutor) {
        this.renderer = renderer;
        this.source = source;
        this.job = new LatestValueJob<>(computeExecutor, r -> renderer.render(r.markdown(), r.settings()),
                r -> {
                    // A result for settings that are no longer current would show, say, images the user just blocked.
                    if (r.input().settings().equals(settings.get())) rendered.set(r.output());
                },
                e -> rendered.set(failure(e)));
        remoteImages.addListener((o, was, now) -> settingsChanged());
        dark.addListener((o, was, now) -> settingsChanged());
        source.addListener((o, was, now) -> requestRender());
    }

    /** A rendering that failed still tells the reader why, in the preview itself. */
    private static RenderedPreview failure(Throwable e) {
        String html = "<p>The preview failed: " + org.jsoup.nodes.Entities.escape(String.valueOf(e.getMessage())) + "</p>";
        return new RenderedPreview(html, org.reviewdesk.markdown.PreviewBlocks.of(
                new org.reviewdesk.markdown.RenderedHtml(html, java.util.List.of())), new int[0]);
    }

    private void settingsChanged() {
        settings.set(new PreviewSettings(remoteImages.get(), dark.get()));
        requestRender();
    }

    public void requestRender() {
        job.request(new Request(source.get(), settings.get()));
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
