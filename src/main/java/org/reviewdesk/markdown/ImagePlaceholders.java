package org.reviewdesk.markdown;

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
            java.util.Set<String> others = otherSources(img, WebAddress.host(src));
            // The page may show one of the other sources instead: loading src alone would show the reviewer another image.
            if (remote && remoteImages && others.isEmpty()) continue;
            Element placeholder = placeholder(img, WebAddress.host(src));
            if (!others.isEmpty()) {
                placeholder.appendText(" (the published page may show an image from " + String.join(", ", others) + " instead)");
            }
            img.replaceWith(placeholder);
        }
    }

    /** The hosts of an image's other sources (srcset, its picture's sources) that are not its src's host. */
    private static java.util.Set<String> otherSources(Element img, String host) {
        java.util.Set<String> hosts = new java.util.TreeSet<>();
        java.util.List<String> sets = new java.util.ArrayList<>();
        sets.add(img.attr("srcset"));
        Element parent = img.parent();
        if (parent != null && parent.tagName().equalsIgnoreCase("picture")) {
            for (Element source : parent.select("source")) {
                sets.add(source.attr("srcset"));
                sets.add(source.attr("src"));
            }
        }
        for (String set : sets) {
            for (String candidate : set.split(",")) {
                String address = candidate.strip().split("\\s+")[0];
                if (address.isEmpty()) continue;
                String other = WebAddress.host(address);
                hosts.add(other.isEmpty() ? "the site itself" : other);
            }
        }
        hosts.remove(host.isEmpty() ? "the site itself" : host);
        return hosts;
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
}
