package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Remote images load only when the user turns them on; until then a placeholder tells what and where. */
class RemoteImagesTest {
    private static final String POST = "Intro\n\n"
            + "![Build pipeline](https://images.unsplash.com/photo-1.png \"Pipeline\")\n\n"
            + "[![badge](http://img.shields.io/badge.svg)](https://example.org/ci)\n\n"
            + "<img src=\"https://cdn.example.net/raw.jpg\" alt=\"Raw tag\" srcset=\"https://cdn.example.net/raw@2x.jpg 2x\">\n\n"
            + "<p style=\"background:url(https://cdn.example.net/bg.png)\">styled</p>\n";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element body(String markdown, boolean remoteImages) {
        RenderedHtml html = renderer.render(markdown, new RenderOptions(remoteImages, RenderOptions.Theme.LIGHT));
        return Jsoup.parseBodyFragment(html.bodyHtml()).body();
    }

    @Test
    void offNoAttributeThatABrowserFetchesHoldsAnAddress() {
        Element body = body(POST, false);

        assertThat(body.select("img")).isEmpty();
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("href")) continue; // a link is followed only by a click
                assertThat(attribute.getValue()).as("%s on <%s>", attribute.getKey(), element.tagName())
                        .doesNotContainIgnoringCase("http").doesNotContain("//");
            }
            assertThat(element.hasAttr("srcset") || element.hasAttr("style")).isFalse();
        }
    }

    @Test
    void offEachImageBecomesAPlaceholderWithCaptionAndHost() {
        Element body = body(POST, false);

        assertThat(body.select(".rd-image-placeholder").eachText()).containsExactly(
                "Image: Build pipeline — images.unsplash.com",
                "Image: badge — img.shields.io",
                "Image: Raw tag — cdn.example.net");
        assertThat(body.select("a[href=https://example.org/ci] > .rd-image-placeholder")).hasSize(1);
    }

    @Test
    void onImagesStayWithTheirAddressAndCaption() {
        Element body = body(POST, true);

        assertThat(body.select("img").eachAttr("src")).containsExactly(
                "https://images.unsplash.com/photo-1.png",
                "http://img.shields.io/badge.svg",
                "https://cdn.example.net/raw.jpg");
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("Build pipeline");
        assertThat(body.selectFirst("img").attr("title")).isEqualTo("Pipeline");
        assertThat(body.select("[srcset], [style]")).isEmpty();
        assertThat(body.select(".rd-image-placeholder")).isEmpty();
    }

    @Test
    void imagesThatCannotLoadAreShownAsPlaceholdersEitherWay() {
        String markdown = "![local](img/chart.png) ![inline](data:image/png;base64,iVBORw0KGgo=) ![](//cdn.example.net/x.png)";
        for (boolean remoteImages : new boolean[] {false, true}) {
            Element body = body(markdown, remoteImages);

            assertThat(body.select("img")).isEmpty();
            assertThat(body.select(".rd-image-placeholder").eachText())
                    .containsExactly("Image: local", "Image: inline", "Image: image \u2014 cdn.example.net");
        }
    }

    @Test
    void aCaptionCannotSmuggleMarkup() {
        Element body = body("<img src=\"https://x.example.org/a.png\" alt=\"<b onclick=x()>bold</b>\">", false);

        assertThat(body.select("b")).isEmpty();
        assertThat(body.select(".rd-image-placeholder").text()).isEqualTo("Image: <b onclick=x()>bold</b> — x.example.org");
    }
}
