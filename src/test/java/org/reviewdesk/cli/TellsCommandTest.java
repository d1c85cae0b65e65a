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
        CliRunner.Result off = cli.run("tells", "off", "overused-words", "delve");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).contains("off: overused-words");
        assertThat(ids(cli.run("check", "--ref", "drafty", "--json").out())).doesNotContain("tell-overused-word");
        JsonNode list = JSON.readTree(cli.run("tells", "list", "--list", "overused-words", "--json").out());
        JsonNode delve = null;
        for (JsonNode e : list.get("overused-words")) if (e.get("phrase").asText().equals("delve")) delve = e;
        assertThat(delve.get("on").asBoolean()).isFalse();
        assertThat(cli.run("tells", "on", "overused-words", "delve").exitCode()).isZero();
        assertThat(ids(cli.run("check", "--ref", "drafty", "--json").out())).contains("tell-overused-word");
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
