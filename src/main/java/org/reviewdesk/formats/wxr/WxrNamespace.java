package org.reviewdesk.formats.wxr;

import java.util.regex.Pattern;

/**
 * The namespaces of a WXR document, recognised by their URI as the document declares it, whatever the prefix:
 * WordPress has written {@code http://wordpress.org/export/1.0/} to {@code 1.2/} (any {@code 1.x} is taken), and
 * WordPress.com exports use {@code https://}.
 */
enum WxrNamespace {
    WP, EXCERPT, CONTENT, DC, NONE, OTHER;

    private static final Pattern WORDPRESS = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/");
    private static final Pattern WORDPRESS_EXCERPT = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/excerpt/");

    static WxrNamespace of(String uri) {
        if (uri == null || uri.isEmpty()) return NONE;
        if (WORDPRESS.matcher(uri).matches()) return WP;
        if (WORDPRESS_EXCERPT.matcher(uri).matches()) return EXCERPT;
        if (uri.matches("https?://purl\\.org/rss/1\\.0/modules/content/")) return CONTENT;
        if (uri.matches("https?://purl\\.org/dc/elements/1\\.1/")) return DC;
        return OTHER;
    }

    /** The exporter's own URIs, used when writing. */
    static final String WP_URI = "http://wordpress.org/export/1.2/";
    static final String EXCERPT_URI = "http://wordpress.org/export/1.2/excerpt/";
    static final String CONTENT_URI = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_URI = "http://purl.org/dc/elements/1.1/";
    static final String WFW_URI = "http://wellformedweb.org/CommentAPI/";
}
