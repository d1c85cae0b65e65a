package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewdesk.testing.SharedData;

/**
 * Every payload of the public XSS lists in ../shared/testdata/xss/, placed where a post could put it: as raw
 * HTML in a paragraph, as a link target and as an image source, with remote images off and on.
 */
class XssCorpusTest {
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
