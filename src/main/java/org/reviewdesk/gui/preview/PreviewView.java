package org.reviewdesk.gui.preview;

import java.util.List;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.reviewdesk.markdown.PreviewBlocks;
import org.reviewdesk.markdown.PreviewDomWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventTarget;

/**
 * The live preview. JavaScript is off for the page, so nothing from a post can run. The page is
 * loaded once per {@link PreviewSettings}; each new rendering is written through the DOM by the
 * markdown package's {@link PreviewDomWriter}, which rebuilds only the blocks an edit changed and
 * renumbers the others, so the scroll position survives and WebKit lays out little more than the
 * paragraph being typed. Scrolling and content updates are host
 * calls on DOM nodes through {@link JSObject} (the public bridge WebView's DOM nodes implement), which
 * work with page scripts disabled: see docs/decisions/0002-preview-scrolling.md.
 */
public final class PreviewView {
    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final PreviewViewModel model;
    private final Consumer<String> openLink;
    private final IntConsumer lineClicked;
    private boolean pageReady;
    private String loadedLocation;
    private int pendingScrollLine = -1;
    private Consumer<RenderedPreview> onApplied = r -> { };
    /** What the page's content element holds now. */
    private PreviewBlocks shown = PreviewBlocks.EMPTY;

    /**
     * @param openLink    receives the URL of a clicked link (opened in the system browser, never here)
     * @param lineClicked receives the 1-based source line of a clicked block
     */
    public PreviewView(PreviewViewModel model, Consumer<String> openLink, IntConsumer lineClicked) {
        this.model = model;
        this.openLink = openLink;
        this.lineClicked = lineClicked;
        engine.setJavaScriptEnabled(false);
        webView.setContextMenuEnabled(false);
        webView.getStyleClass().add("preview");
        engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) pageLoaded();
        });
        // A safety net behind the click listener: should anything still navigate, go back to our page.
        engine.locationProperty().addListener((o, was, now) -> {
            if (pageReady && loadedLocation != null && !loadedLocation.equals(now)) loadPage();
        });
        model.settingsProperty().addListener((o, was, now) -> loadPage());
        model.renderedProperty().addListener((o, was, now) -> applyRendered());
        loadPage();
    }

    public Node getNode() {
        return webView;
    }

    /**
     * Hands {@code selected} the text selected in the preview ("" for none). With scripts off the page offers no
     * selection to read, so the view copies it as Ctrl+C would, reads it, and puts the clipboard's text back.
     */
    public void copySelection(Consumer<String> selected) {
        javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
        String kept = clipboard.hasString() ? clipboard.getString() : null;
        javafx.scene.input.ClipboardContent none = new javafx.scene.input.ClipboardContent();
        none.putString("");
        clipboard.setContent(none);
        for (javafx.event.EventType<javafx.scene.input.KeyEvent> type
                : List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
            webView.fireEvent(new javafx.scene.input.KeyEvent(type, "", "c", javafx.scene.input.KeyCode.C,
                    false, !isMac(), false, isMac()));
        }
        javafx.application.Platform.runLater(() -> {
            String text = clipboard.hasString() ? clipboard.getString() : "";
            javafx.scene.input.ClipboardContent back = new javafx.scene.input.ClipboardContent();
            if (kept != null) back.putString(kept);
            clipboard.setContent(back);
            selected.accept(text == null ? "" : text);
        });
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
    }

    /** For tests and measurements: the engine (never navigated by the view itself). */
    public WebEngine engine() {
        return engine;
    }

    private void loadPage() {
        pageReady = false;
        shown = PreviewBlocks.EMPTY;
        engine.loadContent(model.page());
    }

    private void pageLoaded() {
        Document doc = engine.getDocument();
        if (doc == null || doc.getElementById(PreviewRenderer.CONTENT_ID) == null) return;
        loadedLocation = engine.getLocation();
        ((EventTarget) doc).addEventListener("click", this::clicked, true);
        pageReady = true;
        applyRendered();
        if (pendingScrollLine > 0) scrollToLine(pendingScrollLine);
    }

    private void applyRendered() {
        if (!pageReady) return;
        RenderedPreview rendered = model.renderedProperty().get();
        PreviewDomWriter.update(engine.getDocument().getElementById(PreviewRenderer.CONTENT_ID), shown, rendered.blocks());
        shown = rendered.blocks();
        onApplied.accept(rendered);
    }

    /** Called on the FX thread each time a rendering reached the page (for latency measurements). */
    public void setOnApplied(Consumer<RenderedPreview> listener) {
        onApplied = listener;
    }

    /** Brings the block that starts at or before source line {@code line} (1-based) to the top. */
    public void scrollToLine(int line) {
        pendingScrollLine = line;
        if (!pageReady) return;
        RenderedPreview r = model.renderedProperty().get();
        int block = r.blockAtOrBefore(line);
        JSObject doc = (JSObject) engine.getDocument();
        if (block < 0) {
            Object body = engine.getDocument().getElementsByTagName("body").item(0);
            if (body != null) ((JSObject) body).call("scrollIntoView", true);
            return;
        }
        Object element = doc.call("querySelector", "[data-line=\"" + block + "\"]");
        if (element instanceof JSObject js) js.call("scrollIntoView", true);
    }

    private void clicked(Event event) {
        Element target = event.getTarget() instanceof Element e ? e : null;
        Element anchor = closest(target, "A");
        if (anchor != null) {
            event.preventDefault();
            event.stopPropagation();
            String href = anchor.getAttribute("href");
            if (href != null && !href.isBlank()) openLink.accept(href);
            return;
        }
        for (Element e = target; e != null; e = parentElement(e)) {
            String line = e.getAttribute("data-line");
            if (line != null && !line.isEmpty()) {
                lineClicked.accept(Integer.parseInt(line));
                return;
            }
        }
    }

    private static Element closest(Element from, String tag) {
        for (Element e = from; e != null; e = parentElement(e)) {
            if (tag.equalsIgnoreCase(e.getTagName())) return e;
        }
        return null;
    }

    private static Element parentElement(Element e) {
        return e.getParentNode() instanceof Element p ? p : null;
    }
}
