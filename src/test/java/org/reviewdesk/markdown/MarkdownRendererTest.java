package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each Markdown construct a post uses comes out as the HTML element a reader expects. */
class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, RenderOptions.DEFAULT).bodyHtml()).body();
    }

    @Test
    void headingsAtEveryLevel() {
        Element body = body("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n\nSetext\n======\n");

        assertThat(body.select("h1, h2, h3, h4, h5, h6").eachText())
                .containsExactly("One", "Two", "Three", "Four", "Five", "Six", "Setext");
        assertThat(body.select("h1").size()).isEqualTo(2);
    }

    @Test
    void emphasisStrongStrikethroughAndInlineCode() {
        Element p = body("Plain *soft* **bold** ~~gone~~ `a < b`").selectFirst("p");

        assertThat(p.select("em").text()).isEqualTo("soft");
        assertThat(p.select("strong").text()).isEqualTo("bold");
        assertThat(p.select("del").text()).isEqualTo("gone");
        assertThat(p.select("code").text()).isEqualTo("a < b");
    }

    @Test
    void fencedCodeKeepsItsLanguageAndItsText() {
        Element pre = body("```python\nif a < b:\n    print(\"<ok>\")\n```\n").selectFirst("pre");

        assertThat(pre.selectFirst("code").className()).isEqualTo("language-python");
        assertThat(pre.selectFirst("code").wholeText()).isEqualTo("if a < b:\n    print(\"<ok>\")\n");
    }

    @Test
    void indentedCodeIsCode() {
        assertThat(body("Text\n\n    from fastapi import FastAPI\n").select("pre > code").text())
                .isEqualTo("from fastapi import FastAPI");
    }

    @Test
    void bulletAndOrderedLists() {
        Element body = body("- apples\n- pears\n\n3. third\n4. fourth\n");

        assertThat(body.select("ul > li").eachText()).containsExactly("apples", "pears");
        assertThat(body.select("ol").attr("start")).isEqualTo("3");
        assertThat(body.select("ol > li").eachText()).containsExactly("third", "fourth");
    }

    @Test
    void taskListsShowDisabledCheckboxes() {
        Element body = body("- [ ] write tests\n- [x] read the spec\n- plain item\n");

        assertThat(body.select("li.rd-task")).hasSize(2);
        assertThat(body.select("li.rd-task input[type=checkbox][disabled]")).hasSize(2);
        assertThat(body.select("input[checked]").parents().first().text()).isEqualTo("read the spec");
        assertThat(body.select("li:not(.rd-task)").text()).isEqualTo("plain item");
    }

    @Test
    void tablesWithAlignment() {
        Element table = body("| tool | stars |\n|:-----|------:|\n| jsoup | 11k |\n| h2 | 4k |\n").selectFirst("table");

        assertThat(table.select("thead th").eachText()).containsExactly("tool", "stars");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.select("tbody td").eachAttr("align")).containsExactly("left", "right", "left", "right");
    }

    @Test
    void blockquotesAndRules() {
        Element body = body("> quoted *words*\n\n---\n\nafter");

        assertThat(body.select("blockquote > p > em").text()).isEqualTo("words");
        assertThat(body.select("hr")).hasSize(1);
    }

    @Test
    void bareAddressesBecomeLinks() {
        Element body = body("See https://example.org/docs and www.example.com or ed@example.org.");

        assertThat(body.select("a").eachAttr("href"))
                .containsExactly("https://example.org/docs", "http://www.example.com", "mailto:ed@example.org");
    }

    @Test
    void linksWithTitles() {
        Element a = body("[guide](https://example.org/guide \"The guide\")").selectFirst("a");

        assertThat(a.attr("href")).isEqualTo("https://example.org/guide");
        assertThat(a.attr("title")).isEqualTo("The guide");
        assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void textIsEscapedNotInterpreted() {
        Element body = body("1 < 2 & 3 > 2, and &lt;b&gt; stays text");

        assertThat(body.select("b")).isEmpty();
        assertThat(body.text()).isEqualTo("1 < 2 & 3 > 2, and <b> stays text");
    }

    @Test
    void emptyAndNullBodiesRenderToNothing() {
        assertThat(renderer.render("", RenderOptions.DEFAULT).bodyHtml()).isEmpty();
        assertThat(renderer.render(null, RenderOptions.DEFAULT).bodyHtml()).isEmpty();
    }

    @Test
    void nonAsciiTextIsKeptAsWritten() {
        assertThat(body("Café — naïve 🚀 𝐛𝐨𝐥𝐝").text()).isEqualTo("Café — naïve 🚀 𝐛𝐨𝐥𝐝");
    }
}
