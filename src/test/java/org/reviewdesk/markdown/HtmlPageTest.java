package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page around a post: a locked-down policy, the theme's stylesheet, and a container the window updates. */
class HtmlPageTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document page(String markdown, RenderOptions options) {
        return Jsoup.parse(renderer.page(renderer.render(markdown, options), options, "A <title> & more"));
    }

    private static String policy(Document page) {
        return page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    }

    @Test
    void thePolicyAllowsNoScriptNoConnectionAndNoImagesByDefault() {
        String policy = policy(page("text", RenderOptions.DEFAULT));

        assertThat(policy).contains("default-src 'none'", "script-src 'none'", "img-src 'none'",
                "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'");
    }

    @Test
    void withRemoteImagesOnThePolicyAllowsWebImagesOnly() {
        String policy = policy(page("text", new RenderOptions(true, RenderOptions.Theme.LIGHT)));

        assertThat(policy).contains("img-src https: http:", "script-src 'none'", "default-src 'none'");
    }

    @Test
    void thePostSitsInTheStableContainer() {
        Document page = page("# Hello\n\nworld", RenderOptions.DEFAULT);

        assertThat(page.getElementById(PreviewDom.CONTAINER_ID)).isNotNull();
        assertThat(page.select("#rd-content > h1").text()).isEqualTo("Hello");
        assertThat(page.select("#rd-content > p").text()).isEqualTo("world");
        assertThat(page.title()).isEqualTo("A <title> & more");
    }

    @Test
    void theThemeChoosesTheColours() {
        String light = page("x", RenderOptions.DEFAULT).select("style").html();
        String dark = page("x", RenderOptions.DEFAULT.withTheme(RenderOptions.Theme.DARK)).select("style").html();

        assertThat(light).contains("--rd-background: #ffffff", ".rd-image-placeholder", "max-width: 100%");
        assertThat(dark).contains("--rd-background: #0d1117", ".rd-image-placeholder");
        assertThat(page("x", RenderOptions.DEFAULT.withTheme(RenderOptions.Theme.DARK)).selectFirst("html").className())
                .isEqualTo("rd-theme-dark");
    }

    @Test
    void thePageItselfCarriesNoScript() {
        Document page = page("<script>x()</script> text", new RenderOptions(true, RenderOptions.Theme.DARK));

        assertThat(page.select("script, link, base, iframe")).isEmpty();
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
    }
}
