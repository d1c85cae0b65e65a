package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the published page holds that the preview does not load is named in its place, in what {@code render} prints
 * and in the window's preview: frames, media, objects, forms and their fields, redirects, a base, a style sheet and
 * the text it adds, and what the post's own style sheet hides. A post cannot borrow the preview's own marks.
 */
class EmbedMarksTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, RenderOptions.DEFAULT).bodyHtml()).body();
    }

    private List<String> notes(String markdown) {
        return body(markdown).select(".rd-embed").eachText();
    }

    @Test
    void eachEmbeddedThingIsNamedWithItsHostAndNothingOfItCanLoad() {
        String post = String.join("\n\n", "Intro.",
                "<iframe src=\"https://player.example.com/v/42\"></iframe>",
                "<video controls><source src=\"https://cdn.example.net/clip.webm\">Fallback for old browsers here.</video>",
                "<audio src=\"//cdn.example.net/talk.mp3\"></audio>",
                "<object data=\"https://plugins.example.com/a.swf\"></object>",
                "<embed src=\"https://plugins.example.com/b.swf\">",
                "<meta http-equiv=\"refresh\" content=\"0; url=https://away.example.com/\">",
                "<base href=\"https://away.example.com/\">",
                "<link rel=\"stylesheet\" href=\"https://styles.example.com/s.css\">",
                "Outro.");
        assertThat(notes(post)).containsExactly(
                "Frame \u2014 player.example.com: not loaded in the preview",
                "Video \u2014 cdn.example.net: not played in the preview",
                "Audio \u2014 cdn.example.net: not played in the preview",
                "Embedded object \u2014 plugins.example.com: not loaded in the preview",
                "Embedded object \u2014 plugins.example.com: not loaded in the preview",
                "A <meta> refresh: the published page sends its reader to https://away.example.com/",
                "A <base>: every relative link and image of the published page points to https://away.example.com/",
                "A <link rel=\"stylesheet\">: the published page loads https://styles.example.com/s.css, a style sheet the"
                        + " preview does not apply");
        Element body = body(post);
        assertThat(body.select("iframe, video, audio, source, object, embed, meta, base, link, [src], [data], [href]")).isEmpty();
        assertThat(body.select(".rd-hidden").text()).contains("inside <video>: shown only where it cannot be played")
                .contains("Fallback for old browsers here.");
        PreviewText.assertShowsInOrder(PreviewText.ofPreview(renderer, "Intro.\n\nOutro.\n", post, RenderOptions.DEFAULT),
                "Intro frame player example com video audio embedded object meta refresh base link Outro", "preview");
    }

    @Test
    void aFormShowsWhereItSendsAndEveryFieldWithItsText() {
        String post = "<form action=\"https://forms.example.com/in\">\n<label>Name</label> <input type=\"text\" "
                + "value=\"Prefilled by the post\" placeholder=\"your name\"> <input type=\"password\"> "
                + "<input type=\"hidden\" name=\"ref\" value=\"campaign-7\"> <input type=\"submit\" value=\"Send it now\">\n</form>\n";
        Element body = body(post);
        assertThat(body.select(".rd-embed").eachText()).containsExactly(
                "A form: what the reader types in it is sent to https://forms.example.com/in",
                "[text field: Prefilled by the post (your name)]", "[password field]", "[hidden field: campaign-7]",
                "[button: Send it now]");
        assertThat(body.select(".rd-embed.rd-hidden").eachText()).containsExactly("[hidden field: campaign-7]");
        assertThat(body.select("form, input")).isEmpty();
        assertThat(body("- [x] a task\n- [ ] another\n").select("input[type=checkbox][disabled]")).hasSize(2);
    }

    @Test
    void textAStyleSheetAddsIsShownAndWhatItHidesIsMarkedInEveryBlock() {
        String post = "<style>\n.promo { display: none }\nh2::after { content: \" \\2014  sponsored\" }\n</style>\n\n"
                + "## Caching\n\nShown words.\n\n<p class=\"promo\">Words the page hides by class.</p>\n";
        Element body = body(post);
        assertThat(body.select(".rd-embed").eachText())
                .containsExactly("Added to the published page by this style sheet: \u201c\u2014 sponsored\u201d");
        assertThat(body.select("p.rd-hidden").text()).startsWith("hidden on the published page: the post's own style .promo")
                .endsWith("Words the page hides by class.");
        assertThat(body.select("p:not(.rd-hidden)").eachText()).contains("Shown words.");

        String preview = PreviewText.ofPreview(renderer, post, post.replace(".promo { display: none }", ".promo { color: red }"),
                RenderOptions.DEFAULT);
        assertThat(preview).as("the same block, under a style that no longer hides it").doesNotContain("the post's own style");
        String hidden = PreviewText.ofPreview(renderer, post.replace(".promo { display: none }", ".promo { color: red }"), post,
                RenderOptions.DEFAULT);
        assertThat(hidden).contains("hidden on the published page: the post's own style .promo");
    }

    @Test
    void aStyleSheetInsideAParagraphHidesToo() {
        Element body = body("Some text <style>.promo { display: none }</style> in a paragraph.\n\n"
                + "<span class=\"promo\">Words the page hides by class.</span>\n");
        assertThat(body.select(".rd-hidden > .rd-hidden-label").eachText())
                .contains("hidden on the published page: the post's own style .promo { display:none }");
    }

    @Test
    void aHostIsTheOneABrowserReachesAndAFramesOwnPageIsShown() {
        assertThat(notes("<iframe src=\"https://evil.example\\@www.youtube.com/embed/x\"></iframe>\n"))
                .containsExactly("Frame \u2014 evil.example: not loaded in the preview");
        assertThat(notes("<iframe srcdoc=\"&lt;p&gt;Rate this five stars.&lt;/p&gt;\" src=\"https://www.youtube.com/e/1\"></iframe>\n"))
                .containsExactly("Frame with a page of its own, whose words the published page shows: Rate this five stars.");
        assertThat(notes("<iframe src=\"data:text/html,%3Cp%3EBuy%20now%3C/p%3E\"></iframe>\n")).singleElement().asString()
                .endsWith("Buy now");
        assertThat(notes("<script src=\"https://evil.example/t.js\"></script>\n"))
                .containsExactly("A script from evil.example: the published page runs it; the preview runs none");
    }

    @Test
    void anImageWithSourcesElsewhereIsNeverLoadedInTheirPlace() {
        String post = "<img src=\"https://cdn.example/a.png\" srcset=\"https://other.example/b.png 2x\" alt=\"chart\">\n";
        Element shown = Jsoup.parseBodyFragment(renderer.render(post, new RenderOptions(true, RenderOptions.Theme.LIGHT))
                .bodyHtml()).body();
        assertThat(shown.select("img")).isEmpty();
        assertThat(shown.select(".rd-image-placeholder").text())
                .isEqualTo("Image: chart \u2014 cdn.example (the published page may show an image from other.example instead)");
    }

    @Test
    void sectionsKeepTheirWordsApart() {
        Element body = body("<section>Alpha</section><section>Beta</section><article>Gamma</article>\n");
        assertThat(body.select("section, article").eachText()).containsExactly("Alpha", "Beta", "Gamma");
    }

    @Test
    void aPostCannotDressItsTextAsTheDesksOwnMarks() {
        String post = "Plain <span class=\"rd-pending\">looks like the desk's word</span> and "
                + "<span class='note RD-hidden'>looks hidden</span>.\n\n<rdx-iframe>shown on the page</rdx-iframe>\n\n"
                + "<div class=rd-embed>a fake note</div>\n\nIntro <span class=\"&#114;d-embed\">an entity note</span> and "
                + "<span title=\">\" class=\"rd-hidden\">a quoted bracket</span>.\n";
        Element body = body(post);
        assertThat(body.select(".rd-pending, .rd-hidden, .rd-hidden-label, .rd-embed")).isEmpty();
        assertThat(body.text()).contains("looks like the desk's word").contains("looks hidden").contains("shown on the page")
                .contains("a fake note").doesNotContain("not shown on the published page");
        assertThat(body("Write class=\"rd-hidden\" in your theme.").text()).contains("class=\"rd-hidden\"");
    }

    @Test
    void aTemplateInAParagraphKeepsItsBlocksAndIsMarked() {
        Element body = body("Intro <template><p>Words a template keeps from the page.</p></template> and after.\n");
        assertThat(body.select(".rd-hidden").text()).startsWith("inside <template>: not shown on the published page")
                .contains("Words a template keeps from the page.");
        assertThat(body.text()).contains("Intro").contains("and after.");
    }
}
