package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comment commands as a script uses them: add, list, reply, resolve, the queue's filter, the JSON round trip. */
class CommentCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POST = """
            {"title": "Retry budgets", "body": "Retries need a budget.\\n\\nA retry without a budget multiplies load; \
            a budget caps retries per second.", "meta": {"reference": "retry-1"}}
            """;

    @TempDir
    Path tmp;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        Path file = Files.writeString(tmp.resolve("retry.json"), POST, StandardCharsets.UTF_8);
        assertThat(cli.run("import", file.toString()).exitCode()).isZero();
    }

    private long added(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Long.parseLong(r.out().replaceAll("(?s)^comment (\\d+) added.*", "$1"));
    }

    @Test
    void threeCommentsOneResolvedLeaveTwoOpenInTheListAndTheQueue() throws Exception {
        long first = added(cli.run("comment", "add", "retry-1", "--quote", "budget", "--occurrence", "2", "--text", "Which budget?"));
        added(cli.run("comment", "add", "retry-1", "--quote", "multiplies load", "--text", "By how much?"));
        long third = added(cli.run("comment", "add", "retry-1", "--quote", "per second", "--text", "Per client?"));
        assertThat(cli.run("comment", "reply", String.valueOf(first), "--text", "The per-service one.").out())
                .startsWith("reply ");
        assertThat(cli.run("comment", "resolve", String.valueOf(third)).exitCode()).isZero();

        JsonNode open = JSON.readTree(cli.run("comments", "retry-1", "--json").out());
        assertThat(open).hasSize(2);
        assertThat(open.get(0).get("anchor").get("quote").asText()).isEqualTo("budget");
        assertThat(open.get(0).get("replies").get(0).get("text").asText()).isEqualTo("The per-service one.");
        assertThat(JSON.readTree(cli.run("comments", "retry-1", "--json", "--all").out())).hasSize(3);
        assertThat(cli.run("comments", "retry-1").out()).contains("Which budget?").contains("2 comments, 2 open")
                .doesNotContain("Per client?");

        JsonNode queue = JSON.readTree(cli.run("queue", "--json", "--open-comments").out());
        assertThat(queue).singleElement().satisfies(row -> assertThat(row.get("open_comments").asInt()).isEqualTo(2));
        assertThat(JSON.readTree(cli.run("queue", "--json", "--min-open-comments", "3").out())).isEmpty();
    }

    @Test
    void commentsAreSignedWithTheLibrarysUserName() throws Exception {
        assertThat(cli.run("settings", "user.name", "Grace Editor").exitCode()).isZero();
        added(cli.run("comment", "add", "retry-1", "--quote", "budget", "--text", "Define it once."));
        assertThat(JSON.readTree(cli.run("comments", "retry-1", "--json").out()).get(0).get("author").asText())
                .isEqualTo("Grace Editor");
    }

    @Test
    void mistakesExitOneWithALineSayingWhatIsWrong() throws Exception {
        CliRunner.Result missing = cli.run("comment", "add", "retry-1", "--quote", "circuit breaker", "--text", "x");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("does not contain \"circuit breaker\"");
        CliRunner.Result range = cli.run("comment", "add", "retry-1", "--quote", "budget", "--occurrence", "7", "--text", "x");
        assertThat(range.exitCode()).isEqualTo(1);
        assertThat(range.err()).contains("3 times").contains("no occurrence 7");
        CliRunner.Result unknown = cli.run("comment", "resolve", "999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no comment 999");
        assertThat(cli.run("comment", "add", "no-such-post", "--quote", "x", "--text", "x").err()).contains("no-such-post");
        assertThat(JSON.readTree(cli.run("comments", "retry-1", "--json", "--all").out())).isEmpty();
    }

    @Test
    void aJsonExportCarriesTheCommentsIntoAnotherLibrary() throws Exception {
        long first = added(cli.run("comment", "add", "retry-1", "--quote", "multiplies load", "--text", "Show a figure."));
        cli.run("comment", "reply", String.valueOf(first), "--text", "Added one below.");
        added(cli.run("comment", "add", "retry-1", "--quote", "Retries need", "--text", "Title case?"));
        cli.run("comment", "resolve", String.valueOf(first));
        String exported = cli.run("export", "--format", "json", "--ref", "retry-1").out();
        assertThat(JSON.readTree(exported).get("comments")).hasSize(2);
        assertThat(cli.run("export", "--format", "markdown", "--ref", "retry-1").out()).doesNotContain("Show a figure.");

        CliRunner other = new CliRunner(tmp.resolve("other"));
        Path file = Files.writeString(tmp.resolve("exported.json"), exported, StandardCharsets.UTF_8);
        assertThat(other.run("import", file.toString()).exitCode()).isZero();
        JsonNode back = JSON.readTree(other.run("comments", "retry-1", "--json", "--all").out());
        JsonNode before = JSON.readTree(cli.run("comments", "retry-1", "--json", "--all").out());
        assertThat(withoutIds(back)).isEqualTo(withoutIds(before));
        assertThat(other.run("import", file.toString()).exitCode()).isZero();
        assertThat(JSON.readTree(other.run("comments", "retry-1", "--json", "--all").out())).hasSize(2);
    }

    @Test
    void aJsonFileWithAMalformedCommentIsRefusedNamingWhereAndTheLibraryKeepsItsComments() throws Exception {
        added(cli.run("comment", "add", "retry-1", "--quote", "budget", "--text", "Define it."));
        Path bad = Files.writeString(tmp.resolve("bad.json"), """
                {"title": "Retry budgets", "body": "Retries need a budget.", "meta": {"reference": "retry-1"},
                 "comments": [{"author": "Ada", "created_at": "yesterday", "text": "x",
                               "anchor": {"start": 0, "end": 7, "quote": "Retries"}}]}
                """, StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("import", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("bad.json").contains("created_at").contains("ISO-8601");
        assertThat(JSON.readTree(cli.run("comments", "retry-1", "--json").out())).singleElement()
                .satisfies(c -> assertThat(c.get("text").asText()).isEqualTo("Define it."));
    }

    /** The comments with their ids left out: a library numbers them itself. */
    private static JsonNode withoutIds(JsonNode threads) {
        JsonNode copy = threads.deepCopy();
        for (JsonNode t : copy) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("id");
            for (JsonNode r : t.get("replies")) ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("id");
        }
        return copy;
    }
}
