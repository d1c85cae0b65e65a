package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/** {@code list TEXT} narrows the list as the window's list filter does, for scripts that look a post up. */
class ListCommandTest {
    @TempDir
    Path tmp;
    private CliRunner cli;
    private final List<Post> posts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        Path drafts = Files.createDirectories(tmp.resolve("drafts"));
        PostSynthesizer synth = new PostSynthesizer(21);
        for (int i = 0; i < 3; i++) {
            Post post = synth.post(i);
            posts.add(post);
            Files.writeString(drafts.resolve("p" + i + ".txt"), new AlphanodeTextWriter().write(post), StandardCharsets.UTF_8);
        }
        assertThat(cli.run("import", "--no-checks", drafts.toString()).exitCode()).isZero();
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
