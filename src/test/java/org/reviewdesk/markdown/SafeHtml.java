package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What "safe" means for the preview, checked on the parsed output (as a browser would read it), not by
 * searching the text: no element that runs, loads or submits anything, no attribute outside a short list, and
 * only http(s), mailto or fragment addresses.
 */
final class SafeHtml {
    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "form", "button", "textarea", "select", "meta", "base", "link", "svg",
            "math", "video", "audio", "source", "picture", "template", "noscript", "isindex", "marquee");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("class", "id", "data-line", "title", "lang",
            "dir", "href", "rel", "src", "alt", "width", "height", "type", "checked", "disabled", "start",
            "reversed", "open", "align", "colspan", "rowspan");

    private SafeHtml() {
    }

    static void assertSafe(String bodyHtml, String context) {
        assertThat(bodyHtml.toLowerCase(Locale.ROOT)).as(context).doesNotContain("<script");
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        for (Element element : body.getAllElements()) {
            if (element == body) continue;
            assertThat(FORBIDDEN_TAGS).as("%s: element <%s>", context, element.tagName()).doesNotContain(element.tagName());
            if (element.tagName().equals("input")) {
                assertThat(element.attr("type")).as(context).isEqualToIgnoringCase("checkbox");
                assertThat(element.hasAttr("disabled")).as(context + ": input must be disabled").isTrue();
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("%s: attribute of <%s>", context, element.tagName())
                        .doesNotStartWith("on").isIn(ALLOWED_ATTRIBUTES);
                String url = normalizedUrl(attribute.getValue());
                if (name.equals("href")) {
                    assertThat(url).as(context).matches("(https?:|mailto:|#).*");
                }
                if (name.equals("src")) {
                    assertThat(url).as(context).matches("https?:.*");
                }
            }
        }
    }

    /** The address as a browser would resolve its scheme: without whitespace and control characters. */
    private static String normalizedUrl(String value) {
        return value.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
    }
}
