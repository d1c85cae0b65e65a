package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewdesk.testing.SharedData;

/**
 * The preview renders an edited post block by block, reusing what did not change: whatever the edits, it must
 * show exactly what {@code render} prints for the same text.
 */
class PreviewRenderingTest {
    private static final String POST = """
            # Caching with Redis

            Start with the [query][q] and **measure** it.

            ## Why

            - one
            - two with `code`

            1. first

            2. loose second

            ## Why

            | key | ttl |
            | --- | --- |
            | a   | 300 |

            ![Diagram](https://example.org/d.png)

            - [ ] open task
            - [x] done task

            ```python
            cache.set(key, value, ex=300)
            ```

            > quoted *text*

            [q]: https://redis.io/docs "Docs"
            """;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private static List<String> exact(PreviewBlocks blocks) {
        return blocks.blocks().stream().map(PreviewBlocks.Block::exact).toList();
    }

    private void assertSameAsRender(String markdown, RenderOptions options, PreviewRendering rendering) {
        RenderedHtml expected = renderer.render(markdown, options);
        assertThat(rendering.html().bodyHtml()).isEqualTo(expected.bodyHtml());
        assertThat(rendering.html().headings()).isEqualTo(expected.headings());
        assertThat(String.join("", exact(rendering.blocks()))).isEqualTo(expected.bodyHtml());
    }

    static Stream<String> documents() throws IOException {
        Path markdown = SharedData.testData().resolve("markdown");
        try (Stream<Path> files = Files.list(markdown)) {
            List<String> texts = files.sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            // The post twenty times over: repeated headings get numbered ids, repeated references keep the first.
            return Stream.concat(Stream.of(POST, POST.repeat(20), "", "\n\n", "plain"), texts.stream());
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aFirstRenderingIsWhatRenderPrints(String markdown) {
        for (RenderOptions options : List.of(RenderOptions.DEFAULT, new RenderOptions(true, RenderOptions.Theme.DARK))) {
            assertSameAsRender(markdown, options, renderer.renderForPreview(markdown, options, null));
        }
    }

    @Test
    void typingInOneParagraphReusesEveryOtherBlock() {
        PreviewRendering before = renderer.renderForPreview(POST, RenderOptions.DEFAULT, null);
        String edited = POST.replace("and **measure** it.", "and **measure** it twice.");

        PreviewRendering after = renderer.renderForPreview(edited, RenderOptions.DEFAULT, before);

        assertSameAsRender(edited, RenderOptions.DEFAULT, after);
        List<PreviewBlocks.Block> was = before.blocks().blocks();
        List<PreviewBlocks.Block> now = after.blocks().blocks();
        assertThat(now).hasSameSizeAs(was);
        int changed = 0;
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).node() != was.get(i).node() && !now.get(i).exact().isBlank()) {
                changed++;
                assertThat(now.get(i).exact()).contains("twice");
            }
        }
        // The edited paragraph is new (with the line break after it); every other block is the same node as before.
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void aBlockThatDependsOnAnotherFollowsIt() {
        PreviewRendering before = renderer.renderForPreview(POST, RenderOptions.DEFAULT, null);
        // The reference definition at the end changes the link in the first paragraph; the second "Why" heading
        // gets its id from the first, which is renamed.
        String edited = POST.replace("[q]: https://redis.io/docs", "[q]: https://redis.io/commands")
                .replaceFirst("## Why", "## How");

        PreviewRendering after = renderer.renderForPreview(edited, RenderOptions.DEFAULT, before);

        assertSameAsRender(edited, RenderOptions.DEFAULT, after);
        assertThat(after.html().bodyHtml()).contains("https://redis.io/commands").contains("id=\"why\"")
                .doesNotContain("id=\"why-1\"");
    }

    @Test
    void turningRemoteImagesOnRendersTheImagesAgain() {
        PreviewRendering blocked = renderer.renderForPreview(POST, RenderOptions.DEFAULT, null);
        RenderOptions remote = new RenderOptions(true, RenderOptions.Theme.LIGHT);

        PreviewRendering shown = renderer.renderForPreview(POST, remote, blocked);

        assertSameAsRender(POST, remote, shown);
        assertThat(shown.html().bodyHtml()).contains("<img");
    }

    @Test
    void rawHtmlIsRenderedWholeAsRenderDoes() {
        String withHtml = POST + "\n<details>\n\n*inside*\n\n</details>\n\nafter <b>bold\n";
        PreviewRendering before = renderer.renderForPreview(POST, RenderOptions.DEFAULT, null);

        PreviewRendering after = renderer.renderForPreview(withHtml, RenderOptions.DEFAULT, before);

        assertSameAsRender(withHtml, RenderOptions.DEFAULT, after);
    }

    @Test
    void anyRunOfEditsRendersWhatRenderPrints() {
        Random random = new Random(11);
        String[] pieces = {"x", " **b** ", "\n", "\n\n", "```\n", "# h\n", "`c`", "- ", "> q", "[l](u)", "[q]",
            "| a |", "![i](http://x/y.png)", "1. ", "<b>", "", "    code\n"};
        for (RenderOptions options : List.of(RenderOptions.DEFAULT, new RenderOptions(true, RenderOptions.Theme.LIGHT))) {
            String text = POST;
            PreviewRendering earlier = renderer.renderForPreview(text, options, null);
            for (int step = 0; step < 300; step++) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + (random.nextInt(3) == 0 ? random.nextInt(20) : 0));
                text = text.substring(0, start) + pieces[random.nextInt(pieces.length)] + text.substring(end);

                PreviewRendering now = renderer.renderForPreview(text, options, earlier);

                assertThat(now.html().bodyHtml()).as("step %d: %s", step, text)
                        .isEqualTo(renderer.render(text, options).bodyHtml());
                earlier = now;
            }
        }
    }
}
