package org.reviewdesk.markdown;

import java.util.Objects;

/**
 * How a post is rendered. Remote images stay off unless the user turns them on: the preview shows text that
 * nobody has reviewed yet, and an image URL is a request to a server the author chose.
 *
 * @param remoteImages whether {@code http(s)} images are kept as images; when false each becomes a placeholder
 *                     showing its caption and host, and the page's Content-Security-Policy blocks all images
 * @param theme        the stylesheet that {@link MarkdownRenderer#page} inlines
 */
public record RenderOptions(boolean remoteImages, Theme theme) {
    /** What the preview starts with: no remote images, light theme. */
    public static final RenderOptions DEFAULT = new RenderOptions(false, Theme.LIGHT);

    public enum Theme { LIGHT, DARK }

    public RenderOptions {
        Objects.requireNonNull(theme, "theme");
    }

    public RenderOptions withRemoteImages(boolean on) {
        return new RenderOptions(on, theme);
    }

    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(remoteImages, newTheme);
    }
}
