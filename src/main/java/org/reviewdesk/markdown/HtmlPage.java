package org.reviewdesk.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * A whole HTML document around a rendered post: the preview loads it once, then replaces the children of
 * {@code #rd-content} on each update; {@code render --standalone} prints it. The Content-Security-Policy is the
 * second lock behind the sanitizer: no script, no frame, no connection, and images only when remote images are
 * on. Thread-safe: the stylesheets are read once.
 */
final class HtmlPage {
    private static final String RESOURCE_DIR = "/org/reviewdesk/markdown/";

    private final String baseCss;
    private final Map<RenderOptions.Theme, String> themeCss = new EnumMap<>(RenderOptions.Theme.class);

    HtmlPage() {
        baseCss = resource("preview.css");
        themeCss.put(RenderOptions.Theme.LIGHT, resource("preview-light.css"));
        themeCss.put(RenderOptions.Theme.DARK, resource("preview-dark.css"));
    }

    String page(RenderedHtml html, RenderOptions options, String title) {
        String theme = options.theme().name().toLowerCase(Locale.ROOT);
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en\" class=\"rd-theme-" + theme + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy(options) + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"color-scheme\" content=\"" + theme + "\">\n"
                + "<title>" + Entities.escape(title) + "</title>\n"
                + "<style>\n" + themeCss.get(options.theme()) + "\n" + baseCss + "\n</style>\n"
                + "</head>\n"
                + "<body>\n"
                + "<main id=\"" + PreviewDom.CONTAINER_ID + "\">" + html.bodyHtml() + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    static String contentSecurityPolicy(RenderOptions options) {
        String images = options.remoteImages() ? "https: http:" : "'none'";
        return "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src " + images
                + "; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'"
                + "; base-uri 'none'; form-action 'none'";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) throw new IllegalStateException("stylesheet " + RESOURCE_DIR + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stylesheet " + RESOURCE_DIR + name, e);
        }
    }
}
