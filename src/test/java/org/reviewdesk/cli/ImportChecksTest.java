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
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.synth.PostSynthesizer;

/** Findings from the first minute: an import checks what it wrote, so the queue's findings are there at once. */
class ImportChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path drafts;

    @BeforeEach
    void drafts() throws Exception {
        drafts = Files.createDirectories(tmp.resolve("drafts"));
        PostSynthesizer synth = new PostSynthesizer(21);
        for (int i = 0; i < 12; i++) {
            Files.writeString(drafts.resolve("p" + i + ".txt"), new AlphanodeTextWriter().write(synth.post(i)), StandardCharsets.UTF_8);
        }
    }

    private static int findingsInQueue(CliRunner cli) throws Exception {
        int total = 0;
        for (JsonNode row : JSON.readTree(cli.run("queue", "--json", "--limit", "100").out())) total += row.get("findings").asInt();
        return total;
    }

    @Test
    void theQueueCountsFindingsRightAfterAnImport() throws Exception {
        CliRunner cli = new CliRunner(tmp.resolve("checked"));
        CliRunner.Result imported = cli.run("import", drafts.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(JSON.readTree(imported.out()).get("checked").asInt()).isEqualTo(12);
        assertThat(findingsInQueue(cli)).isPositive();
        assertThat(cli.run("import", drafts.toString()).out()).as("nothing written, nothing to check")
                .doesNotContain("checked");
    }

    @Test
    void noChecksLeavesTheFindingsForLater() throws Exception {
        CliRunner cli = new CliRunner(tmp.resolve("unchecked"));
        CliRunner.Result imported = cli.run("import", drafts.toString(), "--no-checks");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).doesNotContain("checked");
        assertThat(findingsInQueue(cli)).isZero();
        assertThat(cli.run("check", "--all").exitCode()).isZero();
        assertThat(findingsInQueue(cli)).isPositive();
    }

    @Test
    void aWordLongerThanAnyMessageIsCheckedAndTheReportIsTrue() throws Exception {
        Path odd = Files.createDirectories(tmp.resolve("odd"));
        Files.writeString(odd.resolve("token.md"), "---\ntitle: Token\nreview_desk:\n  reference: tok-1\n---\n\nThe token is "
                + "q".repeat(8200) + " and that is all.\n", StandardCharsets.UTF_8);
        Files.writeString(odd.resolve("other.md"), "---\ntitle: Other\nreview_desk:\n  reference: other-1\n---\n\nA fine post.\n",
                StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner(tmp.resolve("odd-library"));
        CliRunner.Result imported = cli.run("import", odd.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode report = JSON.readTree(imported.out());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("checked").asInt()).isEqualTo(2);

        CliRunner.Result findings = cli.run("findings", "tok-1", "--json");
        assertThat(findings.exitCode()).as(findings.err()).isZero();
        assertThat(findings.out()).contains("a run of 8,200 letters").doesNotContain("q".repeat(100));
        assertThat(cli.run("findings", "tok-1").out()).as("its one finding, counted in words").contains("1 finding, 1 open");
        assertThat(cli.run("check", "--all").exitCode()).isZero();
    }
}
