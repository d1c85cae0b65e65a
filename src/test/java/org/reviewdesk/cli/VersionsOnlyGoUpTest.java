package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;

/** A script cannot move a post's version below one it has had: the history would no longer read in order. */
class VersionsOnlyGoUpTest {
    @TempDir
    Path tmp;
    private CliRunner cli;
    private String ref;
    private String imported;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        Post post = SynthFiles.write(tmp.resolve("drafts"), 11, 1).get(0);
        ref = post.reference();
        imported = post.meta().revisionOrEmpty().version().toString();
        assertThat(cli.run("import", "--no-checks", tmp.resolve("drafts").toString()).exitCode()).isZero();
    }

    private String versionNow() throws Exception {
        return new ObjectMapper().readTree(cli.run("export", "--format", "json", "--ref", ref).out())
                .get("meta").get("revision").get("version").asText();
    }

    @Test
    void setRefusesAVersionBelowTheHighestInTheHistory() throws Exception {
        String bumped = cli.run("bump", ref, "minor", "--note", "first").out().strip();
        String latest = cli.run("bump", ref, "patch", "--note", "second").out().strip();

        CliRunner.Result lower = cli.run("set", ref, "revision.version=" + imported);
        assertThat(lower.exitCode()).isEqualTo(1);
        assertThat(lower.err()).contains("revision.version", latest + " or later", "versions only go up");
        assertThat(versionNow()).isEqualTo(latest);
        assertThat(cli.run("set", ref, "revision.version=" + bumped).exitCode()).as("below the latest bump").isEqualTo(1);

        SemVer next = SemVer.parse(latest).bumpMajor();
        CliRunner.Result higher = cli.run("set", ref, "revision.version=" + next);
        assertThat(higher.exitCode()).as(higher.err()).isZero();
        assertThat(versionNow()).isEqualTo(next.toString());
        assertThat(cli.run("set", ref, "revision.version=" + latest).exitCode())
                .as("the history holds the bumps, the post holds the highest of all").isEqualTo(1);

        CliRunner.Result removed = cli.run("set", ref, "revision.version=");
        assertThat(removed.exitCode()).as("no version is below every version").isEqualTo(1);
        assertThat(removed.err()).contains("its version cannot be removed");
        assertThat(versionNow()).isEqualTo(next.toString());

        CliRunner.Result takeBack = cli.run("take-back", ref, bumped, "--field", "revision.version");
        assertThat(takeBack.exitCode()).isEqualTo(1);
        assertThat(takeBack.err()).contains("versions only go up", "a version is not taken back");
        assertThat(versionNow()).isEqualTo(next.toString());
    }
}
