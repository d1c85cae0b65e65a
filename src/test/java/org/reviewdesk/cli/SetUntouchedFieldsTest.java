package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `set` refuses what its own change breaks, not a value the post already had and the user did not touch. */
class SetUntouchedFieldsTest {
    @TempDir
    Path tmp;

    @Test
    void anImportedUrlWithASpaceBlocksNoOtherFieldAndItsMessageSaysWhy() throws Exception {
        CliRunner cli = new CliRunner(tmp.resolve("library"));
        Path file = Files.writeString(tmp.resolve("post.json"), "{\"title\":\"A diagram\",\"body\":\"Text.\",\"meta\":"
                + "{\"reference\":\"url-1\",\"revision\":{\"version\":\"1.0.0\"},\"image_sources\":[{\"source\":\"own\","
                + "\"url\":\"https://example.com/my diagram.png\",\"caption\":\"Diagram\"}]}}");
        assertThat(cli.run("import", "--no-checks", file.toString()).exitCode()).isZero();

        CliRunner.Result topic = cli.run("set", "url-1", "topic=networking", "revision.version=1.1.0");
        assertThat(topic.exitCode()).as(topic.err()).isZero();
        assertThat(cli.run("export", "--format", "json", "--ref", "url-1").out()).contains("\"networking\"", "\"1.1.0\"");

        CliRunner.Result broken = cli.run("set", "url-1", "revision.version=1.2");
        assertThat(broken.exitCode()).as("a value the change itself breaks is still refused").isEqualTo(1);

        CliRunner.Result review = cli.run("mark-reviewed", "url-1");
        assertThat(review.exitCode()).as("a post with a meta error is not reviewed").isNotZero();
        assertThat(review.out() + review.err()).contains("found 'https://example.com/my diagram.png' (a space at"
                + " character 23: a URL writes it as %20)");
    }
}
