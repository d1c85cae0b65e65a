package org.reviewdesk.gui.preview;

/** What the preview page depends on besides the text: a change of either loads a fresh page. */
public record PreviewSettings(boolean remoteImages, boolean dark) {
    public static final PreviewSettings DEFAULT = new PreviewSettings(false, false);
}
