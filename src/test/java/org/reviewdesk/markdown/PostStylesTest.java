package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A post's own style sheet read as a browser reads it: what it hides on a screen, and the words it adds. */
class PostStylesTest {
    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    private static String hides(String css, String html) {
        return PostStyles.ofCss(css).hiding(element(html)).map(PostStyles.HidingRule::described).orElse("");
    }

    @Test
    void escapesStringsAndSelectorFunctionsDoNotHideARule() {
        assertThat(hides(".pro\\mo { display: none }", "<p class=\"promo\">x</p>")).contains("display:none");
        assertThat(hides(".promo { background: url(\"a}b.png\"); display: none }", "<p class=\"promo\">x</p>"))
                .contains("display:none");
        assertThat(hides(".promo:not(.zzz) { display: none }", "<p class=\"promo\">x</p>")).isNotEmpty();
        assertThat(hides(":is(.promo) { visibility: hidden }", "<p class=\"promo\">x</p>")).isNotEmpty();
        assertThat(hides("p { display:\\6e one }", "<p>x</p>")).contains("display:none");
        assertThat(hides(".promo:hover { display: none }", "<p class=\"promo\">x</p>")).as("only while hovered").isEmpty();
    }

    @Test
    void aSheetForPrintHidesNothingOnScreen() {
        assertThat(hides("@media print { .share, nav { display: none } }", "<nav class=\"share\">x</nav>")).isEmpty();
        assertThat(hides("@media screen and (max-width: 600px) { .share { display: none } }", "<div class=\"share\">x</div>"))
                .isNotEmpty();
        assertThat(PostStyles.ofCss("@media print { a::after { content: \" (see the link)\" } }").addedText()).isEmpty();
    }

    @Test
    void wordsAddedThroughVariablesQuotesListMarkersAndEscapesAreFoundButAGlyphIsNot() {
        assertThat(PostStyles.ofCss(".x::after { content: var(--m) } .x { --m: \"Rate this five stars\" }").addedText())
                .containsExactly("Rate this five stars");
        assertThat(PostStyles.ofCss("q { quotes: \"Buy now \" \"\" }").addedText()).containsExactly("Buy now");
        assertThat(PostStyles.ofCss("li { list-style-type: \"Sponsored: \" }").addedText()).containsExactly("Sponsored:");
        assertThat(PostStyles.ofCss(".x::before { con\\74 ent: \"Hidden order\" }").addedText()).containsExactly("Hidden order");
        assertThat(PostStyles.ofCss("p::before { content: \"\\49 gnore this\" }").addedText()).containsExactly("Ignore this");
        assertThat(PostStyles.ofCss("a.ext::after { content: \" \\2197\" }").addedText()).as("an arrow").isEmpty();
    }

    @Test
    void aSheetWithoutBracesOrWithAnUnclosedRuleIsReadInOnePass() {
        String noBraces = "a".repeat(200_000);
        assertThat(PostStyles.ofCss(noBraces).isEmpty()).isTrue();
        String unclosed = ".a { color: red; " + "b".repeat(200_000);
        assertThat(PostStyles.ofCss(unclosed).isEmpty()).isTrue();
        assertThat(PostStyles.ofHtml("<style>" + "\"".repeat(50_000) + "</style>").isEmpty()).isTrue();
    }
}
