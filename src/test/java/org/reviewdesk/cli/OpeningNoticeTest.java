package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command whose library takes long to open says why on standard error before it answers. */
class OpeningNoticeTest {
    @TempDir
    Path folder;

    @Test
    void aLibraryLeftWithoutItsDeferredIndexesSaysItBuildsThemAgainThenAnswers() throws Exception {
        CliRunner cli = new CliRunner(folder);
        assertThat(cli.runRaw("list", "--library", folder.toString()).exitCode()).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("library")
                + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "")) {
            c.createStatement().execute("DROP INDEX post_sort_status");
        }

        CliRunner.Result listed = cli.runRaw("queue", "--library", folder.toString());

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.err()).isEqualTo("review-desk: building the library's indexes again (an import was "
                + "interrupted before it built them)\u2026" + System.lineSeparator());
        assertThat(cli.runRaw("queue", "--library", folder.toString()).err()).as("once built, nothing is said").isEmpty();
    }
}
