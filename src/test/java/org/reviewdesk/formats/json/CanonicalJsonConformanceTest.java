package org.reviewdesk.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.model.Post;
import org.reviewdesk.testing.SharedData;

/**
 * alphanode-000989 gives the JSON of DESIGN.md's example: the same keys in the same order, and the same
 * value wherever the example shows one ("…" stands for any text).
 */
class CanonicalJsonConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANY = "…";
    /** Keys of the example that sample 000989 does not have. */
    private static final Set<String> ABSENT_IN_000989 = Set.of("image_sources", "extra");

    @Test
    void sample000989GivesTheJsonOfTheDesign() throws Exception {
        String design = Files.readString(SharedData.dir().resolve("DESIGN.md"));
        int start = design.indexOf("```json\n", design.indexOf("### Canonical JSON")) + "```json\n".length();
        JsonNode example = JSON.readTree(design.substring(start, design.indexOf("```", start)));

        String seed = SourceText.decode(Files.readAllBytes(SharedData.seed("alphanode-000989.txt")), "000989");
        Post post = new AlphanodeTextReader().read(seed, "000989").get(0);
        JsonNode actual = JSON.readTree(new JsonPostWriter().write(post));

        List<String> mismatches = new ArrayList<>();
        compare("", example, actual, mismatches);
        assertThat(mismatches).isEmpty();
        assertThat(actual.get("meta").get("score").toString())
                .isEqualTo("{\"quality\":95,\"freshness\":78,\"depth\":73,\"clarity\":97}");
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject()) {
            List<String> expectedKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(k -> {
                if (!(path.equals("/meta") && ABSENT_IN_000989.contains(k))) expectedKeys.add(k);
            });
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            if (!expectedKeys.equals(actualKeys)) out.add(path + ": keys " + actualKeys + ", expected " + expectedKeys);
            for (String k : expectedKeys) {
                if (actual.has(k)) compare(path + "/" + k, expected.get(k), actual.get(k), out);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.isEmpty()) {
                out.add(path + ": expected a non-empty list, found " + actual);
                return;
            }
            for (JsonNode item : actual) compare(path + "[]", expected.get(0), item, out);
        } else if (expected.isTextual() && expected.textValue().contains(ANY)) {
            if (!actual.isTextual() || actual.textValue().isBlank()) out.add(path + ": expected text, found " + actual);
        } else if (!expected.equals(actual)) {
            out.add(path + ": " + actual + ", expected " + expected);
        }
    }
}
