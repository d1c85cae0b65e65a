package org.reviewdesk.checks.rules;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.markdown.WebAddress;

/**
 * Images a post's tags load that the preview shows no placeholder for: a background in a style attribute or a
 * {@code background} attribute, a video's poster, an SVG {@code <image>}, an image button, and an image's other sources
 * (srcset, a picture's sources) on another host, which the page may show instead of the one reviewed. Reported by
 * {@link EmbeddedContentCheck} as warnings, naming the hosts. Nothing in code counts.
 */
final class ImageLoads {
    private static final Pattern MAY_LOAD = Pattern.compile("url\\(|background|poster|srcset|href|type\\s*=\\s*[\"']?image",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)", Pattern.CASE_INSENSITIVE);

    private ImageLoads() {
    }

    static void scan(String body, BodyLines lines, List<Finding> out) {
        for (StartTags.Tag tag : StartTags.of(body, lines, MAY_LOAD)) {
            TreeSet<String> hosts = hosts(tag.name(), tag.element());
            if (hosts.isEmpty()) continue;
            out.add(Finding.inBody(EmbeddedContentCheck.ID, Severity.WARNING, "This <" + tag.name() + "> loads an image from "
                    + String.join(", ", hosts) + " on the published page, which the preview does not show. Check it in a "
                    + "browser, or remove it.", lines.lineOf(tag.start()), tag.start(), tag.end()));
        }
    }

    /** The hosts of what the element loads besides a plain image's src (which the preview's placeholder names). */
    private static TreeSet<String> hosts(String name, Element element) {
        TreeSet<String> hosts = new TreeSet<>();
        Matcher url = URL.matcher(element.attr("style"));
        while (url.find()) add(hosts, url.group(1));
        add(hosts, element.attr("background"));
        add(hosts, element.attr("poster"));
        if (name.equals("image")) add(hosts, element.hasAttr("href") ? element.attr("href") : element.attr("xlink:href"));
        if (name.equals("input") && element.attr("type").equalsIgnoreCase("image")) add(hosts, element.attr("src"));
        if (name.equals("img") || name.equals("source")) {
            String own = WebAddress.host(element.attr("src"));
            for (String candidate : element.attr("srcset").split(",")) {
                String address = candidate.strip().split("\\s+")[0];
                if (!address.isEmpty() && !WebAddress.host(address).equals(own)) add(hosts, address);
            }
        }
        return hosts;
    }

    private static void add(TreeSet<String> hosts, String address) {
        if (address == null || address.isBlank() || address.strip().startsWith("data:")) return;
        String host = WebAddress.host(address);
        hosts.add(host.isEmpty() ? "the site itself" : host);
    }
}
