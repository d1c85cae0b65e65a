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

/** {@code check} on files: a file it cannot read is said as such, and is not counted as a post that was checked. */
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
}
