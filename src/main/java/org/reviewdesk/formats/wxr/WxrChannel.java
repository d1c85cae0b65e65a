package org.reviewdesk.formats.wxr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The channel: site addresses and the items, in document order. */
final class WxrChannel {
    String link = "";
    String baseSiteUrl = "";
    String baseBlogUrl = "";
    String wxrVersion;
    final List<WxrItem> items = new ArrayList<>();

    String host() {
        for (String url : List.of(baseBlogUrl, link, baseSiteUrl)) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null && !host.isEmpty()) return host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException ignored) {
                // An address that is not a URI cannot name the site; try the next one.
            }
        }
        return "unknown-site";
    }
}
