package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Post;

/** {@code list TEXT} narrows the list as the window's list filter does, for scripts that look a post up. */
class ListCommandTest {
    @TempDir
    Path tmp;
    private CliRunner cli;
    private final List<Post> posts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        posts.addAll(SynthFiles.write(tmp.resolve("drafts"), 21, 3));
        assertThat(cli.run("import", "--no-checks", tmp.resolve("drafts").toString()).exitCode()).isZero();
    }

    @Test
    void textNarrowsTheListToThePostsThatHoldIt() {
        String ref = posts.get(1).reference();
        CliRunner.Result one = cli.run("list", ref.toUpperCase(java.util.Locale.ROOT));
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains(ref).contains("1 post").doesNotContain(posts.get(0).reference(), posts.get(2).reference());

        assertThat(cli.run("list").out()).contains("3 posts");
        assertThat(cli.run("list", "100%_").out()).as("% and _ are plain characters").contains("0 posts");
        assertThat(cli.run("list", "--json", ref).out()).contains("\"reference\" : \"" + ref + "\"")
                .doesNotContain(posts.get(0).reference());
    }
}
