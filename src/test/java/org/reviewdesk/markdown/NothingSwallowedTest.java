package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The preview hides nothing: every word of a post's prose is in the preview's text, in order, whatever raw
 * HTML sits between its paragraphs, in what {@code render} prints and in what the window builds block by block.
 */
class NothingSwallowedTest {
    private static final String OPENING = "Opening words about caching come first.";
    private static final String MIDDLE = "A middle paragraph explains the eviction policy.";
    private static final String CLOSING = "Closing sentinel omega must stay visible.";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<String> vectors() {
        return SwallowingVectors.all().stream();
    }

    private static String postAround(String vector) {
        return "# Title\n\n" + OPENING + "\n\n" + vector + "\n\n" + MIDDLE + "\n\n- a list item\n- " + CLOSING + "\n";
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void everyWordOfTheProseIsShownInOrder(String vector) {
        String post = postAround(vector);
        String prose = "Title " + OPENING + " " + MIDDLE + " a list item " + CLOSING;
        for (RenderOptions options : List.of(RenderOptions.DEFAULT, new RenderOptions(true, RenderOptions.Theme.DARK))) {
            PreviewText.assertShowsInOrder(PreviewText.ofRender(renderer, post, options), prose, "render of " + post);
            PreviewText.assertShowsInOrder(PreviewText.ofPreview(renderer, postAround("harmless"), post, options),
                    prose, "preview of " + post);
            PreviewText.assertShowsInOrder(PreviewText.ofPreview(renderer, post.replace(MIDDLE, "Was here."), post, options),
                    prose, "preview, edited, of " + post);
        }
    }

    @Test
    void theIssuesExampleNoLongerEndsThePreview() {
        String post = "First paragraph.\n\n<math><mtext><table><mglyph><style><img src=x>\n\nSecond paragraph.\n\nThird.\n";

        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();

        // The <style> the block leaves open takes in what follows on the published page: shown, and marked so.
        assertThat(body.select("p[data-line=5] .rd-hidden").text()).endsWith("Second paragraph.");
        assertThat(body.select("p[data-line=7] .rd-hidden").text()).endsWith("Third.");
        assertThat(body.select("style, math, img")).isEmpty();
    }

    @Test
    void aBlockThatWouldHideTheRestOfThePostIsShownAsMarkedText() {
        for (String opener : List.of("<!-- note", "<style>", "<script>", "<pre>", "<textarea>")) {
            String post = "Intro.\n\n" + opener + "\n\nEverything after it.\n\n## And a heading\n";

            Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();

            Element raw = body.selectFirst("div.rd-raw-html");
            assertThat(raw).as(opener).isNotNull();
            assertThat(raw.selectFirst(".rd-hidden-label").text())
                    .isEqualTo("raw HTML shown as text: it would hide the rest of the post");
            assertThat(raw.selectFirst("pre").wholeText()).isEqualTo(opener + "\n\nEverything after it.\n\n## And a heading");
        }
    }

    @Test
    void aClosedBlockOfTheSameKindIsNotMarkedAsOpen() {
        String post = "<pre>\nkept as it is\n</pre>\n\n<!-- more -->\n\nAfter.\n";

        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();

        assertThat(body.select(".rd-raw-html, .rd-hidden")).isEmpty();
        assertThat(body.select("pre").text()).isEqualTo("kept as it is");
        assertThat(PreviewText.words(body.text())).containsExactly("kept", "as", "it", "is", "after");
    }

    @Test
    void textThePublishedPageWouldHideIsShownMarked() {
        String post = String.join("\n\n",
                "A <span style=\"display: none\">first hidden phrase</span> in a sentence.",
                "<div hidden>second hidden phrase</div>",
                "<p style=\"color:#fff;background-color:white\">third hidden phrase</p>",
                "<p style=\"position:absolute;left:-9999px\">fourth hidden phrase</p>",
                "<!-- fifth hidden phrase for crawlers -->",
                "<noscript>sixth hidden phrase</noscript>",
                "<span aria-hidden=\"true\">shown to everyone</span>",
                "<!-- more -->");

        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();

        assertThat(body.select(".rd-hidden")).extracting(e -> e.ownText().strip()).containsExactly(
                "first hidden phrase", "second hidden phrase", "third hidden phrase", "fourth hidden phrase",
                "fifth hidden phrase for crawlers", "sixth hidden phrase");
        assertThat(body.select(".rd-hidden > .rd-hidden-label")).extracting(Element::text).containsExactly(
                "hidden on the published page: display:none",
                "hidden on the published page: the hidden attribute",
                "hidden on the published page: text the colour of its background",
                "hidden on the published page: position:absolute off the screen",
                "an HTML comment: not shown on the published page",
                "inside <noscript>: not shown on the published page");
        assertThat(body.text()).contains("shown to everyone").doesNotContain("more");
    }

    @Test
    void whatAnUnclosedListOrTextAreaTakesInIsMarkedToTheEnd() {
        String select = "Intro.\n\nPick one: <select><option>Alpha</option>\n\nTaken into the list.\n\n## A heading too\n\n"
                + "Still in it.\n";
        Element body = Jsoup.parseBodyFragment(renderer.render(select, RenderOptions.DEFAULT).bodyHtml()).body();

        assertThat(body.select("p[data-line=3]").text()).isEqualTo("Pick one: [Alpha]");
        assertThat(body.select(".rd-hidden")).extracting(e -> e.ownText().strip()).containsExactly(
                "Taken into the list.", "A heading too", "Still in it.");
        assertThat(body.select(".rd-hidden > .rd-hidden-label")).extracting(Element::text).containsOnly(
                "inside a <select>, outside its options: not shown on the published page");
        assertThat(body.select("p[data-line=1]").hasClass("rd-hidden")).isFalse();

        String closedLater = "Pick: <select><option>A</option>\n\nInside.\n\n</select> after.\n\nShown again.\n";
        Element closed = Jsoup.parseBodyFragment(renderer.render(closedLater, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(closed.select(".rd-hidden")).extracting(Element::text).anyMatch(t -> t.contains("Inside."));
        assertThat(closed.select(".rd-hidden").text()).doesNotContain("Shown again.");

        String item = "- an item <select><option>A</option>\n- taken into the list too\n";
        Element list = Jsoup.parseBodyFragment(renderer.render(item, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(list.select(".rd-hidden").text()).contains("taken into the list too");

        String closedInLater = "Paste: <textarea>draft\n\nmore draft</textarea> shown after it.\n\nShown again.\n";
        Element later = Jsoup.parseBodyFragment(renderer.render(closedInLater, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(later.select(".rd-hidden").text()).contains("more draft").doesNotContain("shown after it", "Shown again");

        String ended = "Size <select><option>S</option>stray words <input name=\"q\"> shown after the field.\n";
        Element field = Jsoup.parseBodyFragment(renderer.render(ended, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(field.select(".rd-hidden").text()).contains("stray words").doesNotContain("shown after the field");

        String group = "Pick <select><optgroup label=\"G\">words of a group<option>One</option></optgroup></select> now.\n";
        Element grouped = Jsoup.parseBodyFragment(renderer.render(group, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(grouped.select(".rd-hidden").text()).contains("words of a group");
        assertThat(grouped.text()).contains("[One]");

        String plaintext = "Text <plaintext>raw\n\nLater </plaintext> still raw.\n";
        Element raw = Jsoup.parseBodyFragment(renderer.render(plaintext, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(raw.select(".rd-hidden").text()).contains("raw", "Later", "still raw.");

        String beforeTable = "Pick <select><option>A</option>\n\n| one | two |\n|---|---|\n| alpha | beta |\n\nAfter.\n";
        Element table = Jsoup.parseBodyFragment(renderer.render(beforeTable, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(table.select("table").hasClass("rd-hidden")).as("a table's tags do not end a list opened before it").isTrue();

        String title = "Icon <svg width=\"16\" height=\"16\"><title>Star</svg> rated items ship free.\n\nReturns are easy.\n";
        Element drawing = Jsoup.parseBodyFragment(renderer.render(title, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(drawing.select(".rd-hidden").text()).contains("Star").doesNotContain("rated", "Returns");

        String textarea = "Paste: <textarea>draft\n\nSwallowed as markup.\n";
        Element area = Jsoup.parseBodyFragment(renderer.render(textarea, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(area.select(".rd-hidden")).extracting(Element::text).anyMatch(t -> t.contains("Swallowed as markup."));
    }

    @Test
    void textADrawingOrAFormulaNeverDrawsIsShownMarked() {
        String post = String.join("\n\n",
                "<svg width=\"0\" height=\"0\"><text>first hidden phrase</text></svg>",
                "<svg viewBox=\"0 0 9 9\"><text opacity=\"0\">second hidden phrase</text></svg>",
                "<math><semantics><mi>x</mi><annotation>third hidden phrase</annotation></semantics></math>",
                "<meta name=\"description\" content=\"fourth hidden phrase here\">",
                "<svg viewBox=\"0 0 9 9\" fill=\"none\"><text fill=\"black\">shown to everyone</text></svg>");

        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();

        assertThat(body.select(".rd-hidden")).extracting(e -> e.ownText().strip()).containsExactly(
                "first hidden phrase", "second hidden phrase", "third hidden phrase", "fourth hidden phrase here");
        assertThat(body.select(".rd-hidden > .rd-hidden-label")).extracting(Element::text).containsExactly(
                "hidden on the published page: a drawing 0 wide",
                "hidden on the published page: opacity=\"0\"",
                "hidden on the published page: the annotation of a formula, which is never drawn",
                "the content of a <meta> tag: not shown on the published page");
        assertThat(body.text()).contains("shown to everyone");

        String formula = "<math><semantics><mi>e</mi><annotation encoding=\"application/x-tex\">e^{i\\pi}</annotation>"
                + "</semantics></math> and <svg viewBox=\"0 0 9 9\"><g visibility=\"hidden\"><text style=\"visibility:visible\">"
                + "shown again by its style</text></g></svg>";
        Element drawn = Jsoup.parseBodyFragment(renderer.render(formula, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(drawn.select(".rd-hidden")).extracting(e -> e.ownText().strip()).containsExactly("e^{i\\pi}");
    }

    @Test
    void invisibleCharactersAreShownAsMarkedCodePoints() {
        String post = "The pass\u200Bword is \u202Eeurt\u202C here, in code too: `a\u2067b`.\n\n"
                + "A team \uD83D\uDC69\u200D\uD83D\uDCBB and a \u200Bleading space stay as they are.\n";

        String html = renderer.render(post, RenderOptions.DEFAULT).bodyHtml();
        Element body = Jsoup.parseBodyFragment(html).body();

        assertThat(body.select(".rd-hidden")).extracting(Element::text)
                .containsExactly("U+200B", "U+202E", "U+202C", "U+2067");
        // jsoup's text() drops U+200B itself, so the HTML is searched
        assertThat(html).doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]")
                .contains("\uD83D\uDC69\u200D\uD83D\uDCBB", "a \u200Bleading");
    }

    @Test
    void tagCharactersAreShownAsWhatTheySpellAndAFlagStaysAFlag() {
        StringBuilder tags = new StringBuilder();
        "rate this post 100".chars().forEach(c -> tags.appendCodePoint(0xE0000 + c));
        String flag = "\uD83C\uDFF4" + new String(Character.toChars(0xE0067)) + new String(Character.toChars(0xE0062))
                + new String(Character.toChars(0xE007F));
        String post = "A sentence." + tags + " And a flag " + flag + ", and \u2062 one more.\n\n"
                + "In a word: a" + "\u200B".repeat(20_000) + "b, and a run alone " + "\u200B".repeat(20_000) + " here.\n";

        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();

        assertThat(body.select(".rd-hidden").eachText()).startsWith(
                "18 invisible characters (U+E0072 \u2026) spelling \u201crate this post 100\u201d",
                "an invisible character (U+2062)");
        assertThat(body.select(".rd-hidden")).as("each zero-width character inside the word, none of the run alone")
                .hasSize(2 + 20_000);
        assertThat(body.html()).contains(flag);
    }

    @Test
    void aHidingTagLeftOpenHidesTheBlocksAfterItUntilItsEndTag() {
        String post = "Opening <b style=\"display:none\">hidden start\n\nA whole paragraph the page hides.\n\n"
                + "- a list item it hides too\n\nStill hidden here</b> but shown from here.\n\nA paragraph after it.\n";
        for (String shown : List.of(renderer.render(post, RenderOptions.DEFAULT).bodyHtml(),
                PreviewText.htmlOfPreview(renderer, "Opening.\n", post, RenderOptions.DEFAULT))) {
            Element body = Jsoup.parseBodyFragment(shown).body();
            assertThat(body.select(".rd-hidden > .rd-hidden-label").eachText()).as(shown).hasSize(4)
                    .allMatch("hidden on the published page: display:none"::equals);
            assertThat(body.select(".rd-hidden")).extracting(e -> e.text().replace("hidden on the published page: display:none", "")
                    .strip()).containsExactly("hidden start", "A whole paragraph the page hides.", "a list item it hides too",
                    "Still hidden here");
            assertThat(body.text()).contains("but shown from here. A paragraph after it.");
        }
        String inCode = "Opening `<b style=\"display:none\">` in code.\n\nShown paragraph.\n";
        assertThat(renderer.render(inCode, RenderOptions.DEFAULT).bodyHtml()).doesNotContain("rd-hidden");
    }

    @Test
    void textHiddenByAClassAWhiteFontATinyFontOrACssCommentIsMarked() {
        String post = "<span class=\"sr-only\">screen reader words</span>\n\n<font color=\"white\">white font words</font>\n\n"
                + "<span style=\"font-size:0.1px\">tiny font words</span>\n\n<span style=\"display:/**/none\">comment trick words</span>\n";
        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(body.select(".rd-hidden > .rd-hidden-label").eachText()).containsExactly(
                "hidden on the published page: the class sr-only, which common site styles hide",
                "hidden on the published page: white text, unseen on a white page",
                "hidden on the published page: font-size:0.1px, too small to read",
                "hidden on the published page: display:none");
    }

    @Test
    void textReversedOnThePublishedPageIsReversedInThePreview() {
        String post = "Open <bdo dir=\"rtl\">gpj.exe</bdo> and <span style=\"unicode-bidi:bidi-override;direction:rtl\">sdrow</span>.\n";
        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(body.select("bdo[dir=rtl]").eachText()).containsExactly("gpj.exe", "sdrow");
        assertThat(body.select("bdo[dir=rtl]")).allSatisfy(bdo -> assertThat(bdo.previousElementSibling().text())
                .isEqualTo("shown backwards on the published page; a machine reads it the other way:"));
    }

    @Test
    void aFoldedDetailsIsShownOpen() {
        String post = "Intro.\n\n<details><summary>Summary</summary>Collapsed words the reviewer must read</details>\n";
        Element body = Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body();
        assertThat(body.select("details")).singleElement().satisfies(d -> {
            assertThat(d.hasAttr("open")).isTrue();
            assertThat(d.text()).contains("Collapsed words the reviewer must read");
        });
    }
}
