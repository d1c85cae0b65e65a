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
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/** A script says which version of a post it read; a post changed since is not written over, and the exit says so. */
class ConflictExitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private CliRunner cli;
    private String ref;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        Path drafts = Files.createDirectories(tmp.resolve("drafts"));
        Post post = new PostSynthesizer(8).post(0);
        ref = post.reference();
        Files.writeString(drafts.resolve("p.txt"), new AlphanodeTextWriter().write(post), StandardCharsets.UTF_8);
        assertThat(cli.run("import", drafts.toString()).exitCode()).isZero();
    }

    private long rowVersion() throws Exception {
        JsonNode rows = JSON.readTree(cli.run("list", "--json").out());
        return rows.get(0).get("row_version").asLong();
    }

    @Test
    void setWithTheVersionReadWritesAndPrintsTheNewVersion() throws Exception {
        long read = rowVersion();

        CliRunner.Result r = cli.run("set", ref, "score.quality=55", "--if-version", Long.toString(read), "--json");

        assertThat(r.exitCode()).isZero();
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("meta").get("score").get("quality").asInt()).isEqualTo(55);
        assertThat(out.get("row_version").asLong()).isGreaterThan(read).isEqualTo(rowVersion());
    }

    @Test
    void setOverAPostChangedSinceItsReadExitsSixAndWritesNothing() throws Exception {
        long read = rowVersion();
        assertThat(cli.run("set", ref, "score.quality=40").exitCode()).isZero();

        CliRunner.Result r = cli.run("set", ref, "score.quality=90", "--if-version", Long.toString(read));

        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err().strip()).startsWith("review-desk: conflict: post '" + ref + "' changed since it was read")
                .doesNotContain("\n");
        assertThat(JSON.readTree(cli.run("set", ref, "topic=caching", "--json").out())
                .get("meta").get("score").get("quality").asInt()).isEqualTo(40);
    }

    @Test
    void assigningAPostInTheTrashChangesNothingAndSaysSo() throws Exception {
        assertThat(cli.run("trash", ref).exitCode()).isZero();

        CliRunner.Result r = cli.run("assign", ref, "--to", "Ada");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("post '" + ref + "' is in the trash (untrash first); nothing was changed");
        assertThat(cli.run("untrash", ref).exitCode()).isZero();
        assertThat(cli.run("assign", ref, "--to", "Ada").out()).contains("assigned 1 post to Ada");
    }
}
