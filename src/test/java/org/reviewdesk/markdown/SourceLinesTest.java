package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** data-line is the 1-based source line where each block starts, so the preview can follow the editor. */
class SourceLinesTest {
    private static final String POST = String.join("\n",
            "# Title",                       // 1
            "",                              // 2
            "First paragraph",               // 3
            "continues here.",               // 4
            "",                              // 5
            "- item one",                    // 6
            "- item two",                    // 7
            "",                              // 8
            "> quoted",                      // 9
            ">",                             // 10
            "> second quoted",               // 11
            "",                              // 12
            "```",                           // 13
            "code",                          // 14
            "```",                           // 15
            "",                              // 16
            "| a | b |",                     // 17
            "|---|---|",                     // 18
            "| 1 | 2 |",                     // 19
            "",                              // 20
            "***",                           // 21
            "",                              // 22
            "<div>raw block</div>",          // 23
            "",                              // 24
            "## Last");                      // 25

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, RenderOptions.DEFAULT).bodyHtml()).body();
    }

    private static String line(Element body, String css) {
        return body.selectFirst(css).attr("data-line");
    }

    @Test
    void everyBlockCarriesTheLineWhereItStarts() {
        Element body = body(POST);

        assertThat(line(body, "h1")).isEqualTo("1");
        assertThat(line(body, "p")).isEqualTo("3");
        assertThat(line(body, "ul")).isEqualTo("6");
        assertThat(body.select("li").eachAttr("data-line")).containsExactly("6", "7");
        assertThat(line(body, "blockquote")).isEqualTo("9");
        assertThat(body.select("blockquote > p").eachAttr("data-line")).containsExactly("9", "11");
        assertThat(line(body, "pre")).isEqualTo("13");
        assertThat(body.selectFirst("pre > code").hasAttr("data-line")).isFalse();
        assertThat(line(body, "table")).isEqualTo("17");
        assertThat(body.select("tr").eachAttr("data-line")).containsExactly("17", "19");
        assertThat(line(body, "hr")).isEqualTo("21");
        assertThat(line(body, "span.rd-line")).isEqualTo("23");
        assertThat(line(body, "h2")).isEqualTo("25");
    }

    @Test
    void eachLineAttributePointsAtTheBlocksOwnText() {
        String[] lines = POST.split("\n");
        Elements blocks = body(POST).select("h1, h2, p, li, td, th");
        for (Element block : blocks) {
            Element carrier = block.hasAttr("data-line") ? block : block.closest("[data-line]");
            int line = Integer.parseInt(carrier.attr("data-line"));
            String firstWord = block.text().split(" ")[0];
            assertThat(lines[line - 1]).as("line %d for <%s> %s", line, block.tagName(), block.text()).contains(firstWord);
        }
    }

    @Test
    void windowsLineEndingsCountTheSameLines() {
        Element body = body("# Title\r\n\r\ntext\r\n\r\n- a\r\n");

        assertThat(List.of(line(body, "h1"), line(body, "p"), line(body, "li"))).containsExactly("1", "3", "5");
    }

    @Test
    void imagePlaceholdersTakeTheLineOfTheirParagraph() {
        Element body = body("intro\n\n![chart](https://img.example.org/c.png)");

        assertThat(line(body, ".rd-image-placeholder")).isEqualTo("3");
    }

    @Test
    void theRawBlockMarkerIsEmptySoReadersNeverSeeIt() {
        Element marker = body("<p>raw</p>").selectFirst("span.rd-line");

        assertThat(marker.childNodeSize()).isZero();
    }
}
