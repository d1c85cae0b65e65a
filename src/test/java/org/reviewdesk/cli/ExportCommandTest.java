package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.reviewdesk.synth.SynthProfile;

/** What `export` says when it cannot do what it was asked, and what it writes when asked twice for one post. */
class ExportCommandTest {
    @TempDir
    Path tmp;
    private CliRunner cli;
    private Post post;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        post = new PostSynthesizer(7, SynthProfile.CONSISTENT).post(0);
        Path page = tmp.resolve("post.txt");
        Files.writeString(page, new AlphanodeTextWriter().write(post), StandardCharsets.UTF_8);
        assertThat(cli.run("import", "--no-checks", page.toString()).exitCode()).isZero();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedAsSuch() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        CliRunner.Result r = cli.run("export", "--format", "json", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(file + ": a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");

        CliRunner.Result under = cli.run("export", "--format", "json", "--out", file.resolve("sub").toString());
        assertThat(under.err()).contains(file.resolve("sub") + ": not a directory");
    }

    @Test
    void aReferenceGivenTwiceIsExportedOnceAndTheFileImportsAgain() throws Exception {
        String ref = post.reference();
        CliRunner.Result r = cli.run("export", "--format", "json", "--ref", ref, "--ref", ref);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).isObject()).as("one post is an object, not an array").isTrue();
        Path file = Files.writeString(tmp.resolve("twice.json"), r.out());
        CliRunner other = new CliRunner(tmp.resolve("other"));
        assertThat(other.run("import", "--no-checks", file.toString()).exitCode()).isZero();
    }

    @Test
    void aSummaryOfTwoLinesIsRefusedForAnAlphanodePageAndKeptByJson() throws Exception {
        String ref = post.reference();
        assertThat(cli.run("set", ref, "summary=first line\nsecond line").exitCode()).isZero();
        Path out = tmp.resolve("out");
        CliRunner.Result page = cli.run("export", "--format", "alphanode", "--ref", ref, "--out", out.toString());
        assertThat(page.exitCode()).isEqualTo(1);
        assertThat(page.err()).contains("post " + ref + " has a line break in its 'summary'", "export it as JSON");
        try (var files = Files.list(out)) {
            assertThat(files.toList()).as("no page that would read back as another post").isEmpty();
        }
        CliRunner.Result json = cli.run("export", "--format", "json", "--ref", ref);
        assertThat(new ObjectMapper().readTree(json.out()).get("meta").get("summary").asText())
                .isEqualTo("first line\nsecond line");
    }
}
