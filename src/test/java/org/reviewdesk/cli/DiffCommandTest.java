package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * A script steps through a post's history as the window does: {@code diff REF VERSION} compares a version with the
 * post as it is now and numbers its changes, and {@code take-back --hunk N} puts change N back.
 */
class DiffCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aVersionComparedWithNowNumbersTheChangesThatTakeBackPutsBack() throws Exception {
        CliRunner cli = new CliRunner(tmp.resolve("library"));
        Post post = new PostSynthesizer(42, org.reviewdesk.synth.SynthProfile.CONSISTENT).post(0);
        String[] paragraphs = post.body().split("\n\n");
        assertThat(paragraphs.length).isGreaterThan(4);
        String first = paragraphs[1];
        String later = paragraphs[paragraphs.length - 2];
        Path file = tmp.resolve("post.txt");
        Files.writeString(file, new AlphanodeTextWriter().write(post), StandardCharsets.UTF_8);
        assertThat(cli.run("import", file.toString()).exitCode()).isZero();
        String ref = post.reference();
        String version = post.meta().revision().version().toString();
        assertThat(cli.run("bump", ref, "patch", "--note", "the morning's version").exitCode()).isZero();

        String edited = post.body().replace(first, "A morning paragraph rewritten by the writer.")
                .replace(later, "An afternoon paragraph rewritten too.");
        Files.writeString(file, new AlphanodeTextWriter().write(post.withBody(edited)), StandardCharsets.UTF_8);
        assertThat(cli.run("import", file.toString(), "--overwrite").exitCode()).isZero();
        String morning = cli.run("history", ref).out().lines().filter(l -> l.contains("the morning's version"))
                .findFirst().orElseThrow().strip().split("\\s+")[0];

        CliRunner.Result withNow = cli.run("diff", ref, morning);
        assertThat(withNow.exitCode()).as(withNow.err()).isZero();
        assertThat(withNow.out()).contains("+++ " + ref + " now", "@@ change 1: ", "@@ change 2: ",
                "{+afternoon+}").doesNotContain("@@ change 3");
        assertThat(cli.run("diff", ref, morning, "now").out()).isEqualTo(withNow.out());

        CliRunner.Result taken = cli.run("take-back", "--hunk", "2", ref, morning);
        assertThat(taken.exitCode()).as(taken.err()).isIn(0, 7);

        CliRunner.Result after = cli.run("diff", ref, morning);
        assertThat(after.out()).contains("@@ change 1: ", "{+morning+}")
                .doesNotContain("@@ change 2", "afternoon");
        assertThat(cli.run("diff", ref, version, morning).out()).as("two versions, as before").contains("--- " + ref + " " + version);
    }
}
