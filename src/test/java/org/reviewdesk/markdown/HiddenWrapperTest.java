package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A hidden element wrapped around Markdown blocks, its start tag and its end tag each on a line of its own: CommonMark
 * makes the tags and each block between them blocks of their own, and the published page hides every block between.
 * The preview shows each of them marked, with the wrapper's reason, in what {@code render} prints and in what the window
 * builds block by block; what follows the end tag is the page's again.
 */
class HiddenWrapperTest {
    private static final String INSIDE = "A paragraph the page hides.\n\n## A heading it hides\n\n- a list item it hides\n\n"
            + "```\ncode it hides\n```\n\n> a quote it hides\n";
    private static final List<String> HIDDEN = List.of("A paragraph the page hides.", "A heading it hides",
            "a list item it hides", "code it hides", "a quote it hides");
    private static final String AFTER = "A paragraph after the wrapper.";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** the post's HTML before the blocks, its end tag, the reason the preview gives */
    static Stream<Arguments> wrappers() {
        return Stream.of(
                Arguments.of("<div style=\"display:none\">", "</div>", "display:none"),
                Arguments.of("<div hidden>", "</div>", "the hidden attribute"),
                Arguments.of("<section style=\"display:none\">", "</section>", "display:none"),
                Arguments.of("<aside class=\"sr-only\">", "</aside>", "the class sr-only, which common site styles hide"),
                Arguments.of("<style>.promo { display: none }</style>\n\n<div class=\"promo\">", "</div>",
                        "the post's own style .promo { display:none }"),
                Arguments.of("<div class=\"card\">\n<div hidden>", "</div>\n</div>", "the hidden attribute"));
    }

    @ParameterizedTest
    @MethodSource("wrappers")
    void everyBlockInsideAHiddenWrapperIsShownMarked(String start, String end, String reason) {
        String post = "Before it.\n\n" + start + "\n\n" + INSIDE + "\n" + end + "\n\n" + AFTER + "\n";
        for (Element body : shown(post)) {
            for (String hidden : HIDDEN) {
                Element block = body.getElementsContainingOwnText(hidden).first();
                assertThat(block).as("%s in %s", hidden, body.html()).isNotNull();
                Element mark = block.closest(".rd-hidden");
                assertThat(mark).as("%s is marked in %s", hidden, body.html()).isNotNull();
                assertThat(mark.selectFirst("> .rd-hidden-label").text()).isEqualTo("hidden on the published page: " + reason);
            }
            assertThat(body.getElementsContainingOwnText(AFTER).first().closest(".rd-hidden")).as(body.html()).isNull();
            assertThat(body.getElementsContainingOwnText("Before it.").first().closest(".rd-hidden")).isNull();
            assertThat(body.select("[style], [hidden]")).isEmpty();
        }
    }

    @Test
    void aWrapperNestedInAHiddenOneIsHiddenWithItUpToTheOuterEndTag() {
        String post = "<div hidden>\n\nOuter words.\n\n<div>\n\nInner words.\n\n</div>\n\nStill hidden words.\n\n</div>\n\n"
                + AFTER + "\n";
        for (Element body : shown(post)) {
            for (String hidden : List.of("Outer words.", "Inner words.", "Still hidden words.")) {
                assertThat(body.getElementsContainingOwnText(hidden).first().closest(".rd-hidden")).as(hidden).isNotNull();
            }
            assertThat(body.getElementsContainingOwnText(AFTER).first().closest(".rd-hidden")).isNull();
        }
    }

    @Test
    void aWrapperThatHidesNothingOrThatTheNextBlockClosesMarksNothing() {
        // A <p> left open ends where the next block begins, as in a browser; a shown wrapper around a hidden one ends
        // being carried with the hidden one.
        for (String post : List.of("<div class=\"note\">\n\nShown words.\n\n</div>\n", "<p hidden>\n\nShown words.\n",
                "<div class=\"note\">\n<div hidden>\n\nHidden words.\n\n</div>\n\nShown words.\n\n</div>\n")) {
            for (Element body : shown(post)) {
                assertThat(body.getElementsContainingOwnText("Shown words.").first().closest(".rd-hidden")).as(post).isNull();
            }
        }
    }

    /** What {@code render} prints, and what the window shows after an edit, parsed. */
    private List<Element> shown(String post) {
        return List.of(Jsoup.parseBodyFragment(renderer.render(post, RenderOptions.DEFAULT).bodyHtml()).body(),
                Jsoup.parseBodyFragment(PreviewText.htmlOfPreview(renderer, "Before.\n\n<div>\n", post,
                        RenderOptions.DEFAULT)).body());
    }
}
