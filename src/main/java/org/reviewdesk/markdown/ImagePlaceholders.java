package org.reviewdesk.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Replaces the images the preview must not load by a visible placeholder naming the caption and the host, so
 * that the reviewer knows an image is there and where it would come from, while no address of it is left in
 * an attribute a browser would fetch. Runs before the sanitizer, which still checks what is kept.
 */
final class ImagePlaceholders {
    /** Plain text: WebView has no emoji font on many Linux desktops. */
    private static final String ICON = "Image:";
    private static final String FALLBACK_CAPTION = "image";

    private ImagePlaceholders() {
    }

    /**
     * @param remoteImages whether http(s) images stay; images with any other address never load and always
     *                     become placeholders
     */
    static void apply(Document document, boolean remoteImages) {
        for (Element img : document.select("img")) {
            String src = img.attr("src").strip();
            String scheme = scheme(src);
            boolean remote = scheme.equals("http") || scheme.equals("https");
            if (remote && remoteImages) continue;
            img.replaceWith(placeholder(img, hasHost(src) ? host(src) : ""));
        }
    }

    private static Element placeholder(Element img, String host) {
        String caption = img.attr("alt").strip();
        if (caption.isEmpty()) caption = img.attr("title").strip();
        if (caption.isEmpty()) caption = FALLBACK_CAPTION;
        Element span = new Element("span").addClass(PreviewDom.IMAGE_PLACEHOLDER_CLASS);
        String line = lineOfEnclosingBlock(img);
        if (!line.isEmpty()) span.attr(PreviewDom.LINE_ATTRIBUTE, line);
        span.text(ICON + " " + caption + (host.isEmpty() ? "" : " \u2014 " + host));
        return span;
    }

    private static String lineOfEnclosingBlock(Element img) {
        Element block = img.closest("[" + PreviewDom.LINE_ATTRIBUTE + "]");
        return block == null ? "" : block.attr(PreviewDom.LINE_ATTRIBUTE);
    }

    private static String scheme(String src) {
        int colon = src.indexOf(':');
        if (colon <= 0) return "";
        return src.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** True when the address names a host on the web: {@code http(s)://host…}, or {@code //host…} in the page's own scheme. */
    static boolean hasHost(String src) {
        return src.startsWith("//") || src.matches("(?is)(https?|ftp)://.*");
    }

    static String host(String src) {
        try {
            String host = new URI(src).getHost();
            if (host != null) return host;
        } catch (URISyntaxException malformed) {
            // Fall through to a plain reading of the authority, good enough for a label.
        }
        String afterScheme = src.substring(src.indexOf(':') + 1).replaceFirst("^/+", "");
        String authority = afterScheme.split("[/?#]", 2)[0];
        return authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
    }
}
