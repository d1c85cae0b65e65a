package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library's settings from the command line: listed with their defaults, set, refused when wrong, put back. */
class SettingsCommandTest {
    @TempDir
    Path tmp;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tmp.resolve("library"));
    }

    @Test
    void aSettingIsSetForTheLibraryAndPutBack() {
        CliRunner.Result listed = cli.run("settings");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("user.name = \"\" (default)").contains("the author of your comments");

        assertThat(cli.run("settings", "user.name", "Ana Ruiz").out()).contains("user.name = Ana Ruiz");
        assertThat(cli.run("settings", "user.name").out().strip()).isEqualTo("Ana Ruiz");
        assertThat(cli.run("settings").out()).contains("user.name = Ana Ruiz").doesNotContain("Ana Ruiz (default)");

        cli.run("settings", "user.name", "--reset");
        assertThat(cli.run("settings", "user.name").out().strip()).isEmpty();
    }

    @Test
    void meIsTheLibrarysUserName() throws Exception {
        Path post = tmp.resolve("post.md");
        java.nio.file.Files.writeString(post, String.join("\n", "---", "title: Rolling back", "review_desk:",
                "  reference: rollback", "---", "Keep the last build.", ""));
        assertThat(cli.run("import", post.toString(), "--no-checks").exitCode()).isZero();
        cli.run("settings", "user.name", "Ana Ruiz");
        assertThat(cli.run("assign", "rollback", "--to", "Ana Ruiz").exitCode()).isZero();

        CliRunner.Result mine = cli.run("queue", "--assignee", "me", "--json");
        assertThat(mine.out()).as(mine.err()).contains("\"rollback\"");
        cli.run("settings", "user.name", "Bo");
        assertThat(cli.run("queue", "--assignee", "me", "--json").out()).doesNotContain("rollback");
    }

    @Test
    void anUnknownSettingIsRefusedWithWhereToLook() {
        CliRunner.Result wrong = cli.run("settings", "user.nmae", "Ana");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("there is no setting 'user.nmae'").contains("review-desk settings");
    }

    @Test
    void theReviewRequirementsAreStillUnderSettings() {
        CliRunner.Result added = cli.run("settings", "review-checklist", "add", "Links", "opened");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(cli.run("settings", "review-checklist").out()).contains("Links opened");
    }
}
