package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.synth.PostSynthesizer;

/** The command line on a library whose file went back: every command refuses it and says why, until it is accepted. */
class LibraryAcceptTest {
    @TempDir
    Path tmp;

    /** {@code COMMAND --library FOLDER ARGS…}: a folder library also in the runs where CliRunner.run uses a team library. */
    private static CliRunner.Result inFolder(CliRunner cli, Path library, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add(1, "--library");
        all.add(2, library.toString());
        return cli.runRaw(all.toArray(String[]::new));
    }

    @Test
    void aFileThatWentBackIsRefusedByEveryCommandUntilAcceptedAsFound() throws Exception {
        Path library = tmp.resolve("library");
        Path file = library.resolve("library.mv.db");
        CliRunner cli = new CliRunner(library);
        PostSynthesizer synth = new PostSynthesizer(8);
        Path drafts = Files.createDirectories(tmp.resolve("drafts"));
        for (int i = 0; i < 2; i++) {
            Files.writeString(drafts.resolve("post-" + i + ".txt"), new AlphanodeTextWriter().write(synth.post(i)));
        }
        assertThat(inFolder(cli, library, "import", drafts.resolve("post-0.txt").toString()).exitCode()).isZero();
        Path older = Files.copy(file, tmp.resolve("older.mv.db"));
        assertThat(inFolder(cli, library, "import", drafts.resolve("post-1.txt").toString()).exitCode()).isZero();
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);

        for (List<String> command : List.of(List.of("list"), List.of("export", "--format", "json"), List.of("library", "compact"))) {
            CliRunner.Result refused = command.get(0).equals("library")
                    ? cli.runRaw("library", "compact", "--library", library.toString())
                    : inFolder(cli, library, command.toArray(String[]::new));
            assertThat(refused.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(refused.err()).as(String.join(" ", command))
                    .contains("holds fewer changes than were written to it", "as it was found is at " + library.resolve("backups"),
                            "review-desk library accept-as-found --library " + library);
            assertThat(refused.out()).as("nothing listed or exported").doesNotContain(synth.post(0).reference());
        }

        Path index = Files.createDirectories(library.resolve("search-index"));
        Files.writeString(index.resolve("segments_9"), "what the window indexed before the file went back");
        CliRunner.Result accepted = cli.runRaw("library", "accept-as-found", "--library", library.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("opened as it is");
        assertThat(index).as("the search index of the lost writes is built again").doesNotExist();
        assertThat(inFolder(cli, library, "list").out()).as("the file as it was: the first import only").contains("1 post")
                .contains(synth.post(0).reference()).doesNotContain(synth.post(1).reference());
    }

    @Test
    void aLibraryThatIsNotBehindHasNothingToAcceptAndKeepsItsIndex() throws Exception {
        Path library = tmp.resolve("library");
        CliRunner cli = new CliRunner(library);
        Path draft = Files.writeString(tmp.resolve("post.txt"), new AlphanodeTextWriter().write(new PostSynthesizer(9).post(0)));
        assertThat(inFolder(cli, library, "import", draft.toString()).exitCode()).isZero();
        Path index = Files.createDirectories(library.resolve("search-index"));
        Path segment = Files.writeString(index.resolve("segments_3"), "what the window indexed");

        CliRunner.Result accepted = cli.runRaw("library", "accept-as-found", "--library", library.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("nothing to accept: the library is not refused").doesNotContain("opened as it is");
        assertThat(segment).as("the index of a library that lost nothing stays").exists();
        assertThat(inFolder(cli, library, "list").out()).contains("1 post");
    }
}
