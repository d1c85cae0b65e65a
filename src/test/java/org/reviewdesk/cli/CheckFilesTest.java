package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;

/**
 * {@code check} on files: a file it cannot read is said as such, and is not counted as a post that was checked; a post
 * with more findings of a check than it lists counts every one.
 */
class CheckFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileThatCannotBeReadIsNotCountedAsACheckedPost() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {80, 0, 1, 2, 0, 3});
        CliRunner cli = new CliRunner(tmp.resolve("library"));

        CliRunner.Result onlyUnreadable = cli.run("check", empty.toString());
        assertThat(onlyUnreadable.exitCode()).isEqualTo(2);
        assertThat(onlyUnreadable.out()).contains("empty.txt: an empty file")
                .contains("0 findings in 0 posts; 1 file could not be read").doesNotContain("in 1 post");

        Path good = Files.writeString(tmp.resolve("good.txt"),
                new AlphanodeTextWriter().write(new PostSynthesizer(7, SynthProfile.CONSISTENT).post(0)), StandardCharsets.UTF_8);
        CliRunner.Result mixed = cli.run("check", good.toString(), empty.toString(), binary.toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.out()).contains("binary.txt: a binary file, not text").containsPattern("findings? in 1 post; 2 files could not be read");
    }

    @Test
    void aPageOfDebrisCountsEveryFindingThoughTheCheckListsTheFirst() throws Exception {
        StringBuilder page = new StringBuilder("---\ntitle: Debris\n---\n\nTide tables help sailors plan the day.\n\n");
        for (int i = 0; i < 1_200; i++) page.append("Like Comment Share\n\n");
        Path file = Files.writeString(tmp.resolve("debris.md"), page, StandardCharsets.UTF_8);

        CliRunner.Result checked = new CliRunner(tmp.resolve("library")).run("check", file.toString());

        java.util.List<String> debris = checked.out().lines().filter(l -> l.endsWith("(scrape-debris)")).toList();
        assertThat(debris).hasSize(org.reviewdesk.checks.CheckEngine.LISTED + 1);
        assertThat(debris.get(debris.size() - 1)).contains("699 more of these from here on are not listed");
        int total = Integer.parseInt(checked.out().lines().filter(l -> l.endsWith(" in 1 post")).findFirst().orElseThrow()
                .replaceAll("\\D.*", ""));
        int listed = (int) checked.out().lines().filter(l -> l.startsWith(file.toString())).count();
        assertThat(total).as("the summary counts the 699 the check did not list").isEqualTo(listed + 699);
    }
}
