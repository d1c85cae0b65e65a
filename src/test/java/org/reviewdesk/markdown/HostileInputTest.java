package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input written to exhaust the renderer comes back as HTML or as plain text with a notice. Which of the two is decided
 * by InputGuard, asserted here exactly; how fast the rest renders is RenderBenchmark's business, and the timeout
 * below only keeps a hang (a regression to the 20 s parse, or worse) from stalling the build.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private RenderedHtml render(String markdown) {
        Callable<RenderedHtml> render = () -> renderer.render(markdown, RenderOptions.DEFAULT);
        return assertTimeoutPreemptively(HANG_GUARD, render::call);
    }

    static Stream<Arguments> deepOrRepetitive() {
        return Stream.of(
                Arguments.of("nested quotes", ">".repeat(50_000) + " deep"),
                Arguments.of("nested lists", "- ".repeat(20_000) + "deep"),
                Arguments.of("nested emphasis", "*".repeat(30_000) + "deep" + "*".repeat(30_000)),
                Arguments.of("open brackets", "[".repeat(4_000) + "deep"),
                Arguments.of("nested raw divs", "<div>".repeat(10_000) + "deep"),
                Arguments.of("unclosed comments", "x <!--".repeat(30_000)),
                Arguments.of("unclosed autolinks", "<".repeat(50_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepOrRepetitive")
    void deepOrRepetitiveInputRendersSafely(String name, String markdown) {
        // commonmark bounds nesting itself: the guard lets these through and they render as HTML, without a notice.
        assertThat(InputGuard.refusal(markdown)).as(name).isEmpty();

        RenderedHtml html = render(markdown);

        assertThat(html.bodyHtml()).as(name).isNotEmpty().doesNotContain("rd-notice");
        SafeHtml.assertSafe(html.bodyHtml(), name);
    }

    @Test
    void aParagraphOfNestedImagesAndLinksIsShownAsPlainText() {
        // 100 KB of this took 20 s in commonmark 0.30's inline parser; the guard sees it first.
        String markdown = "# Title\n\nFine paragraph.\n\n" + "![[".repeat(20_000) + "a" + "](b)]".repeat(20_000);
        assertThat(InputGuard.refusal(markdown)).hasValue("the paragraph starting at line 5 has more than 5000 '[' "
                + "characters, expected far fewer links and images");

        Element body = Jsoup.parseBodyFragment(render(markdown).bodyHtml()).body();

        assertThat(body.select("p.rd-notice").text()).contains("line 5", "5000 '['");
        assertThat(body.select("pre").text()).startsWith("# Title");
        assertThat(body.select("img, a, .rd-image-placeholder")).isEmpty();
    }

    @Test
    void theBracketLimitIsExact() {
        String atTheLimit = "intro\n\n" + "[".repeat(InputGuard.MAX_BRACKETS_PER_BLOCK) + "x";

        assertThat(InputGuard.refusal(atTheLimit)).isEmpty();
        assertThat(InputGuard.refusal(atTheLimit + "[")).hasValue("the paragraph starting at line 3 has more than 5000 '[' "
                + "characters, expected far fewer links and images");
        // More '[' in the whole body than a paragraph may hold, but spread over paragraphs: each is counted alone.
        String spread = ("a [link](u) and [another](v)\n\n").repeat(InputGuard.MAX_BRACKETS_PER_BLOCK);
        assertThat(InputGuard.refusal(spread)).isEmpty();
        assertThat(InputGuard.refusal(spread + atTheLimit + "[")).hasValue("the paragraph starting at line "
                + (2 * InputGuard.MAX_BRACKETS_PER_BLOCK + 3) + " has more than 5000 '[' characters, expected far fewer links and images");
        assertThat(InputGuard.refusal("a".repeat(InputGuard.MAX_CHARS))).isEmpty();
        assertThat(InputGuard.refusal("a".repeat(InputGuard.MAX_CHARS + 1)))
                .hasValue("the body has 8000001 characters; the preview renders at most 8000000");
    }

    @Test
    void theBracketLimitCountsPerParagraphNotPerPost() {
        String manyParagraphs = "See [a link](https://example.org/x) here.\n\n".repeat(InputGuard.MAX_BRACKETS_PER_BLOCK + 1);
        String oneParagraph = "See [a link](https://example.org/x) here.\n".repeat(InputGuard.MAX_BRACKETS_PER_BLOCK + 1);

        assertThat(InputGuard.refusal(manyParagraphs)).isEmpty();
        assertThat(InputGuard.refusal("intro\n\n" + oneParagraph)).hasValueSatisfying(
                reason -> assertThat(reason).contains("line 3"));
    }

    @Test
    void aPostWithHundredsOfLinksRendersThemAll() {
        String markdown = "See [a link](https://example.org/x) here.\n\n".repeat(500);

        assertThat(InputGuard.refusal(markdown)).isEmpty();
        Element body = Jsoup.parseBodyFragment(render(markdown).bodyHtml()).body();

        assertThat(body.select("a")).hasSize(500);
        assertThat(body.select(".rd-notice")).isEmpty();
    }

    @Test
    void aFiveMegabyteBodyRenders() {
        // Long paragraphs keep this test to a few seconds; RenderBenchmark times a dense 5 MB body.
        String paragraph = "A *long* paragraph with `code` and a [link](https://example.org/). "
                + "Words that go on and on. ".repeat(80) + "\n\n";
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; markdown.length() < 5_000_000; i++) {
            markdown.append("## Part ").append(i).append("\n\n").append(paragraph);
        }
        assertThat(InputGuard.refusal(markdown.toString())).isEmpty();
        RenderedHtml html = render(markdown.toString());

        assertThat(html.bodyHtml()).doesNotContain("rd-notice").startsWith("<h2 id=\"part-0\" data-line=\"1\">Part 0</h2>");
        assertThat(html.headings()).hasSizeGreaterThan(2_000);
    }

    @Test
    void aBodyAboveTheLimitIsShownAsEscapedPlainText() {
        String markdown = "<script>x()</script>" + "a".repeat(InputGuard.MAX_CHARS);
        assertThat(InputGuard.refusal(markdown)).hasValue("the body has 8000020 characters; the preview renders at most 8000000");

        Element body = Jsoup.parseBodyFragment(render(markdown).bodyHtml()).body();

        assertThat(body.select("p.rd-notice").text()).contains("8000020 characters");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("pre").text()).startsWith("<script>");
    }
}
