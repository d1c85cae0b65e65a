package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reviewdesk.testing.SharedData;

/** Real-world Markdown from ../shared/testdata/markdown/ renders, safely and without hanging. */
class SharedMarkdownTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void eachDocumentRendersToSafeNonEmptyHtml() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SharedData.testData().resolve("markdown"))) {
            files = listing.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();

        for (Path file : files) {
            String markdown = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(InputGuard.refusal(markdown)).as("a real document is rendered, not refused: " + file).isEmpty();
            // Only a hang guard: speed is RenderBenchmark's business, not a unit test's on a loaded machine.
            RenderedHtml html = assertTimeoutPreemptively(Duration.ofMinutes(2),
                    () -> renderer.render(markdown, RenderOptions.DEFAULT), file.toString());

            Element body = Jsoup.parseBodyFragment(html.bodyHtml()).body();
            assertThat(body.text()).as(file.toString()).isNotBlank();
            assertThat(body.select(".rd-notice")).as(file.toString()).isEmpty();
            assertThat(html.headings()).as(file.toString()).isNotEmpty();
            assertThat(body.select("[data-line]")).as(file.toString()).isNotEmpty();
            SafeHtml.assertSafe(html.bodyHtml(), file.toString());
        }
    }
}
