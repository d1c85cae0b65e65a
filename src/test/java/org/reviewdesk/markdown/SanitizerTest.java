package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Raw HTML and hostile links in a post reach the preview only as harmless HTML. */
class SanitizerTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element render(String markdown, boolean remoteImages) {
        RenderedHtml html = renderer.render(markdown, new RenderOptions(remoteImages, RenderOptions.Theme.LIGHT));
        SafeHtml.assertSafe(html.bodyHtml(), markdown);
        return Jsoup.parseBodyFragment(html.bodyHtml()).body();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Before <script>document.title='owned'</script> after",
        "<script src=\"https://cdn.example.net/x.js\"></script>",
        "<img src=\"https://pics.example.net/a.png\" onerror=\"steal()\" alt=\"a\">",
        "<p onmouseover=\"steal()\">hover me</p>",
        "<a href=\"javascript:steal()\">link</a>",
        "<a href=\"JaVaScRiPt:steal()\">link</a>",
        "<a href=\"&#106;avascript:steal()\">link</a>",
        "<a href=\"java\tscript:steal()\">link</a>",
        "<a href=\"vbscript:msgbox(1)\">link</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">link</a>",
        "[link](javascript:steal())",
        "[link](<vbscript:msgbox(1)>)",
        "![pixel](data:image/gif;base64,R0lGODlhAQABAAAAACw=)",
        "<iframe src=\"https://evil.example.net/\"></iframe>",
        "<object data=\"https://evil.example.net/x.swf\"></object><embed src=\"https://evil.example.net/x.swf\">",
        "<form action=\"https://evil.example.net/\"><input name=\"q\"><button>go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example.net/\">",
        "<base href=\"https://evil.example.net/\"><link rel=\"stylesheet\" href=\"https://evil.example.net/a.css\">",
        "<style>body{background:url(https://evil.example.net/t.png)}</style>",
        "<div style=\"background-image:url(https://evil.example.net/t.png)\">styled</div>",
        "<svg onload=\"steal()\"><circle r=\"4\"/></svg>",
        "<img srcset=\"https://evil.example.net/a.png 1x\" alt=\"s\">",
        "<details open ontoggle=\"steal()\"><summary>more</summary>body</details>",
        "<input type=\"checkbox\" onclick=\"steal()\"> not a task",
    })
    void hostileHtmlIsDefused(String markdown) {
        render(markdown, false);
        render(markdown, true);
    }

    @Test
    void harmlessRawHtmlKeepsItsMeaning() {
        Element body = render("<details open><summary>More</summary>Folded <em>text</em></details>\n\n"
                + "<p align=\"center\"><kbd>Ctrl</kbd>+<kbd>S</kbd> saves</p>", false);

        assertThat(body.select("details > summary").text()).isEqualTo("More");
        assertThat(body.select("details em").text()).isEqualTo("text");
        assertThat(body.select("p[align=center] kbd")).hasSize(2);
    }

    @Test
    void htmlOpenedInOneBlockWrapsNothingInTheNext() {
        // Each block is sanitized on its own: the Markdown between the tags is shown, in order, outside them.
        Element body = render("<details><summary>More</summary>\n\nFolded *text*\n\n</details>\n\nAfter.", false);

        assertThat(body.select("details > summary").text()).isEqualTo("More");
        assertThat(body.select("details em")).isEmpty();
        assertThat(body.text()).isEqualTo("More Folded text After.");
    }

    @Test
    void scriptTextIsShownMarkedNeverRun() {
        Element body = render("Before <script>document.title='owned'</script> after", false);

        assertThat(body.select("script")).isEmpty();
        assertThat(body.select(".rd-hidden").text()).endsWith("document.title='owned'");
        assertThat(body.select(".rd-hidden-label").text()).contains("<script>");
        assertThat(body.text()).startsWith("Before ").endsWith(" after");
    }

    @Test
    void linksKeepSafeTargetsAndGetNoOpener() {
        Element body = render("[web](https://example.org/a?b=1) [mail](mailto:ed@example.org) [here](#setup)", false);

        assertThat(body.select("a").eachAttr("href"))
                .containsExactly("https://example.org/a?b=1", "mailto:ed@example.org", "#setup");
        assertThat(body.select("a").eachAttr("rel")).containsOnly("noopener noreferrer");
    }

    @Test
    void aDangerousLinkKeepsItsTextButLosesItsTarget() {
        Element body = render("[click me](javascript:steal())", false);

        assertThat(body.select("a").text()).isEqualTo("click me");
        assertThat(body.select("a[href]")).isEmpty();
    }

    @Test
    void relativeLinksAreDroppedBecauseThePreviewHasNoBase() {
        Element body = render("[other post](../other.md)", false);

        assertThat(body.select("a[href]")).isEmpty();
    }

    @Test
    void aPostCannotTakeTheContainerId() {
        Element body = render("<div id=\"rd-content\">fake</div>\n\n# RD Content", false);

        assertThat(body.select("#rd-content")).isEmpty();
        assertThat(body.select("h1").attr("id")).isEqualTo("rd-content-1");
    }

    @Test
    void forgedLineNumbersInRawHtmlAreDropped() {
        Element body = render("<div data-line=\"top\">x</div>", false);

        assertThat(body.select("div").hasAttr("data-line")).isFalse();
    }
}
