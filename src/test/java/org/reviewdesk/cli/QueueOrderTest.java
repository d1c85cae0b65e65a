package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script reads the queue in any column's order, or as a saved view has it, as the window's queue does. */
class QueueOrderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        Path drafts = tmp.resolve("drafts");
        SynthFiles.write(drafts, 21, 12);
        assertThat(cli.run("import", drafts.toString(), "--no-checks").exitCode()).isZero();
    }

    private List<Integer> qualities(String... args) throws Exception {
        CliRunner.Result r = cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Integer> out = new ArrayList<>();
        for (JsonNode row : JSON.readTree(r.out())) out.add(row.get("quality").asInt());
        return out;
    }

    @Test
    void sortedByAColumnEitherWay() throws Exception {
        List<Integer> up = qualities("queue", "--sort", "quality", "--json", "--limit", "100");
        assertThat(up).hasSize(12).isSortedAccordingTo(Comparator.naturalOrder());
        List<Integer> down = qualities("queue", "--sort", "quality", "--descending", "--json", "--limit", "100");
        assertThat(down).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(down.get(0)).isGreaterThan(up.get(0));
        assertThat(cli.run("queue", "--sort", "quality", "--descending", "--limit", "3").out()).contains("QUALITY")
                .contains("3 of 12 posts");
    }

    @Test
    void aSavedViewRunsWithItsFiltersAndItsOrder() throws Exception {
        List<Integer> all = qualities("queue", "--json", "--limit", "100");
        int bound = all.stream().sorted().toList().get(6);
        assertThat(cli.run("views", "save", "weak first", "--max-quality", Integer.toString(bound), "--sort", "quality")
                .exitCode()).isZero();
        List<Integer> viewed = qualities("queue", "--view", "weak first", "--json", "--limit", "100");
        assertThat(viewed).isNotEmpty().allMatch(q -> q <= bound).isSortedAccordingTo(Comparator.naturalOrder())
                .hasSize((int) all.stream().filter(q -> q <= bound).count());
    }

    @Test
    void anAssigneeIsOnePersonWhateverTheCaseOfTheName() throws Exception {
        JsonNode rows = JSON.readTree(cli.run("queue", "--json", "--limit", "3").out());
        assertThat(cli.run("assign", rows.get(0).get("reference").asText(), rows.get(1).get("reference").asText(), "--to", "Ada")
                .exitCode()).isZero();
        CliRunner.Result lower = cli.run("assign", rows.get(2).get("reference").asText(), "--to", "ada");
        assertThat(lower.out()).contains("assigned 1 post to Ada");
        assertThat(JSON.readTree(cli.run("queue", "--assignee", "ADA", "--json").out())).hasSize(3);

        CliRunner.Result nobody = cli.run("queue", "--assignee", "Adda", "--json");
        assertThat(nobody.exitCode()).isZero();
        assertThat(JSON.readTree(nobody.out())).isEmpty();
        assertThat(nobody.err()).contains("no post is assigned to 'Adda' (the assignees: Ada)");
    }

    @Test
    void aWrongOrderOrViewIsRefusedByName() {
        CliRunner.Result bogus = cli.run("queue", "--sort", "qualty");
        assertThat(bogus.exitCode()).isEqualTo(1);
        assertThat(bogus.err()).contains("--sort takes priority, title").contains("open_comments").contains("not 'qualty'");
        assertThat(cli.run("queue", "--descending").err()).contains("--descending needs --sort COLUMN");
        assertThat(cli.run("queue", "--view", "nope").err()).contains("there is no view 'nope' (this library has none)");
        cli.run("views", "save", "mine", "--assignee", "me");
        CliRunner.Result mixed = cli.run("queue", "--view", "mine", "--max-quality", "50");
        assertThat(mixed.exitCode()).isEqualTo(1);
        assertThat(mixed.err()).contains("--max-quality cannot go with it");
    }
}
