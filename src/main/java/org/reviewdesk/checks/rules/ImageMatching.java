package org.reviewdesk.checks.rules;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.reviewdesk.checks.BodyStructure.Image;
import org.reviewdesk.model.ImageSource;

/** How a body image and an {@code image_sources} entry are paired: the same URL, or the same caption. */
final class ImageMatching {
    /** Compiled once: String.split and replaceAll compile their expression at every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ImageMatching() {
    }

    static boolean matches(Image image, ImageSource source) {
        return same(image.url(), source.url()) || same(image.caption(), source.caption());
    }

    static boolean anyMatch(Image image, List<ImageSource> sources) {
        return sources.stream().anyMatch(s -> matches(image, s));
    }

    static boolean anyMatch(ImageSource source, List<Image> images) {
        return images.stream().anyMatch(i -> matches(i, source));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        return WHITESPACE.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The host of a URL, or "" when it has none or is not a URL. */
    static String host(String url) {
        if (url == null) return "";
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
