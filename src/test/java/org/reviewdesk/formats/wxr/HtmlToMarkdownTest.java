package org.reviewdesk.formats.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    private static String md(String html) {
        return HtmlToMarkdown.convert(html);
    }

    @Test
    void headingsParagraphsAndEmphasis() {
        assertThat(md("<h3>Set <em>up</em></h3><p>a <strong>bold</strong> and <i> spaced </i> word</p>"))
                .isEqualTo("### Set *up*\n\na **bold** and *spaced* word");
    }

    @Test
    void listsNestAndKeepTheirNumbers() {
        assertThat(md("<ol start=\"3\"><li>three<ul><li>inner</li></ul></li><li>four</li></ol>"))
                .isEqualTo("3. three\n   - inner\n4. four");
    }

    @Test
    void linksImagesAndCode() {
        assertThat(md("<p>see <a href=\"https://a.example/x y\">the docs</a> and <code>a`b</code></p>"
                + "<figure><img src=\"https://i.example/p.png\" alt=\"a chart\"><figcaption>fig 1</figcaption></figure>"))
                .isEqualTo("see [the docs](<https://a.example/x y>) and ``a`b``\n\n![a chart](https://i.example/p.png)\n\nfig 1");
    }

    @Test
    void preformattedCodeKeepsItsLanguageAndBlankLines() {
        assertThat(md("<pre class=\"wp-block-code\"><code class=\"language-go\">a := 1\n\nb := 2\n</code></pre>"))
                .isEqualTo("```go\na := 1\n\nb := 2\n```");
    }

    @Test
    void quotesAndRules() {
        assertThat(md("<blockquote><p>one</p><p>two</p></blockquote><hr>"))
                .isEqualTo("> one\n>\n> two\n\n---");
    }

    @Test
    void unknownTagsKeepTheirTextAndScriptsGo() {
        assertThat(md("<p><mark>kept</mark> <custom-tag>too</custom-tag><script>alert(1)</script></p><style>p{}</style>"))
                .isEqualTo("kept too");
    }

    @Test
    void literalMarkdownCharactersStayLiteral() {
        assertThat(md("<p>2 * 3 = 6, [not a link], &amp;copy; and a <b>&lt;tag&gt;</b></p><p>1. not a list</p><p># not a heading</p>"))
                .isEqualTo("2 \\* 3 = 6, \\[not a link], \\&copy; and a **\\<tag>**\n\n1\\. not a list\n\n\\# not a heading");
    }

    @Test
    void tableRowsBecomeLinesOfCells() {
        assertThat(md("<table><tr><th>name</th><th>size</th></tr><tr><td>a</td><td>1</td></tr></table>"))
                .isEqualTo("name | size\n\na | 1");
    }
}
