package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check reports the tells of a file; tells switches list entries off and on; queue filters by readability. */
class TellsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private CliRunner cli;
    private Path drafty;
    private Path hard;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        drafty = tmp.resolve("drafty.md");
        Files.writeString(drafty, String.join("\n", "---", "title: Rolling back", "review_desk:", "  reference: drafty", "---",
                "Certainly! Let us delve into rollbacks.", "", "```python", "delve = 1", "```", "",
                "Keep the last build. Roll back in one step.", ""));
        hard = tmp.resolve("hard.md");
        Files.writeString(hard, String.join("\n", "---", "title: Governance", "review_desk:", "  reference: hard", "---",
                ("Organizational infrastructure considerations necessitate comprehensive architectural documentation "
                        + "regarding interoperability requirements, particularly concerning authentication mechanisms. ")
                        .repeat(8), ""));
    }

    private List<String> ids(String checkJson) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : JSON.readTree(checkJson).get(0).get("findings")) ids.add(f.get("id").asText());
        return ids;
    }

    @Test
    void checkReportsTheTellsOfAFileOutsideItsCode() throws Exception {
        CliRunner.Result r = cli.run("check", drafty.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ids(r.out())).containsOnlyOnce("tell-overused-word").contains("tell-chat-artifact");
        assertThat(r.out()).contains("not a verdict");
    }

    @Test
    void anEntrySwitchedOffNoLongerFiresInTheLibraryAndComesBackOn() throws Exception {
        assertThat(cli.run("import", drafty.toString()).exitCode()).isZero();
        assertThat(queued("tell-overused-word")).as("stored by the import's checks").isEqualTo(1);
        CliRunner.Result off = cli.run("tells", "off", "overused-words", "delve");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).contains("off: overused-words").contains("checked 1 post again");
        assertThat(queued("tell-overused-word")).as("the queue follows the change without a check --all").isZero();
        assertThat(ids(cli.run("check", "--ref", "drafty", "--json").out())).doesNotContain("tell-overused-word");
        JsonNode list = JSON.readTree(cli.run("tells", "list", "--list", "overused-words", "--json").out());
        JsonNode delve = null;
        for (JsonNode e : list.get("overused-words")) if (e.get("phrase").asText().equals("delve")) delve = e;
        assertThat(delve.get("on").asBoolean()).isFalse();
        assertThat(cli.run("tells", "on", "overused-words", "delve").exitCode()).isZero();
        assertThat(ids(cli.run("check", "--ref", "drafty", "--json").out())).contains("tell-overused-word");
    }

    /** How many posts the queue lists with an open finding of this check, as stored (no check runs). */
    private int queued(String checkId) throws Exception {
        CliRunner.Result r = cli.run("queue", "--finding", checkId, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).size();
    }

    @Test
    void aThresholdChangedChecksTheLibraryAgainSoTheQueueFollows() throws Exception {
        Path plain = tmp.resolve("plain.md");
        Files.writeString(plain, String.join("\n", "---", "title: Roll back", "review_desk:", "  reference: plain", "---",
                "Keep the last good build close at hand. Roll back in one step when a release goes wrong. ".repeat(8), ""));
        assertThat(cli.run("import", plain.toString(), hard.toString()).exitCode()).isZero();
        assertThat(queued("readability")).as("the hard post only").isEqualTo(1);
        int ease = JSON.readTree(cli.run("queue", "--json").out()).findValues("reading_ease").stream()
                .mapToInt(JsonNode::asInt).max().orElseThrow();
        CliRunner.Result higher = cli.run("settings", "readability.min_reading_ease", String.valueOf(Math.min(120, ease + 5)));
        assertThat(higher.out()).as(higher.err()).contains("checked 2 posts again");
        assertThat(queued("readability")).as("the plain post reads under the new bar too").isEqualTo(2);
        CliRunner.Result quiet = cli.run("settings", "readability.min_reading_ease", "--reset", "--no-checks");
        assertThat(quiet.out()).doesNotContain("checked");
        assertThat(queued("readability")).as("left for the next check --all").isEqualTo(2);
    }

    @Test
    void aListThatIsNotThereIsAOneLineError() {
        CliRunner.Result r = cli.run("tells", "add", "buzzwords", "synergy");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("review-desk: no tell list 'buzzwords'; the lists are overused-words, "
                + "stock-phrases, filler, announcement-headings, hedges, chat-artifacts");
    }

    @Test
    void theQueueFiltersByReadingEase() throws Exception {
        assertThat(cli.run("import", drafty.toString(), hard.toString()).exitCode()).isZero();
        CliRunner.Result r = cli.run("queue", "--max-readability", "29", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("reference").asText()).isEqualTo("hard");
        assertThat(rows.get(0).get("reading_ease").asInt()).isLessThan(29);
        JsonNode easy = JSON.readTree(cli.run("queue", "--min-readability", "30", "--json").out());
        assertThat(easy).extracting(n -> n.get("reference").asText()).containsExactly("drafty");
    }
}
