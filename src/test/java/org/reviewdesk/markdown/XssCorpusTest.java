package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.reviewdesk.testing.SharedData;

/**
 * Every payload of the public XSS lists in ../shared/testdata/xss/, placed where a post could put it: as raw
 * HTML in a paragraph, as a link target and as an image source, with remote images off and on. Then each of
 * them, and each of our own vectors of swallowing HTML, as a block followed by a sentinel paragraph: no script,
 * no address a browser would fetch, and the sentinel visible.
 */
class XssCorpusTest {
    private static final String SENTINEL = "Sentinel paragraph: zulu yankee xray stay visible.";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void noPayloadSurvivesInAnyPosition() throws IOException {
        List<String> payloads = payloads(SharedData.testData().resolve("xss"));
        assertThat(payloads).as("payload lines in testdata/xss").hasSizeGreaterThan(100);

        int renders = 0;
        for (String payload : payloads) {
            for (String markdown : placements(payload)) {
                for (boolean remoteImages : new boolean[] {false, true}) {
                    RenderedHtml html = renderer.render(markdown,
                            new RenderOptions(remoteImages, RenderOptions.Theme.LIGHT));
                    SafeHtml.assertSafe(html.bodyHtml(), "payload " + payload + " as\n" + markdown);
                    renders++;
                }
            }
        }
        assertThat(renders).isEqualTo(payloads.size() * 5 * 2);
    }

    @Test
    void noPayloadRunsLoadsOrSwallowsTheParagraphAfterIt() throws IOException {
        List<String> vectors = new ArrayList<>(payloads(SharedData.testData().resolve("xss")));
        vectors.addAll(SwallowingVectors.all());

        for (String vector : vectors) {
            for (String markdown : List.of("Intro\n\n" + vector + "\n\n" + SENTINEL,
                    "Intro " + vector + "\n\n" + SENTINEL, "> " + vector + "\n\n" + SENTINEL)) {
                String context = "vector " + vector + " as\n" + markdown;
                RenderedHtml html = renderer.render(markdown, RenderOptions.DEFAULT);
                SafeHtml.assertSafe(html.bodyHtml(), context);
                assertThat(Jsoup.parseBodyFragment(html.bodyHtml()).body().select("[src], [srcset], [style]"))
                        .as("%s: nothing to fetch with remote images off", context).isEmpty();
                PreviewText.assertShowsInOrder(PreviewText.ofRender(renderer, markdown, RenderOptions.DEFAULT),
                        SENTINEL, "render of " + context);
                PreviewText.assertShowsInOrder(PreviewText.ofPreview(renderer, SENTINEL, markdown, RenderOptions.DEFAULT),
                        SENTINEL, "preview of " + context);
            }
        }
    }

    private static List<String> placements(String payload) {
        return List.of(
                "Intro text " + payload + " end of paragraph.",
                "[read more](" + payload + ")",
                "[read more](<" + payload.replace("<", "%3C").replace(">", "%3E") + ">)",
                "![diagram](" + payload + ")",
                "Intro\n\n" + payload + "\n\nOutro");
    }

    private static List<String> payloads(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .forEach(lines::add);
            }
        }
        return lines;
    }
}
