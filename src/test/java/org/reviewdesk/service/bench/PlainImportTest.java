package org.reviewdesk.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;

/** The bench's plain import runs in a JVM of its own, as import --no-checks does, and its figures come back. */
class PlainImportTest {
    private static final long SEED = 7;

    @TempDir
    Path work;

    @Test
    void theFolderIsImportedInAFreshJvmAndItsTimesComeBack() throws Exception {
        Path files = writePosts(12);
        List<String> progress = new ArrayList<>();

        PlainImport.Figures figures = PlainImport.measure(work, files, 12, SEED, progress::add);

        assertThat(figures.failed()).isZero();
        assertThat(figures.seconds()).isPositive();
        assertThat(figures.jdbcSeconds()).isPositive();
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("imported in"));
        try (Desk desk = Desk.open(work.resolve("plain-import"))) {
            assertThat(desk.library().posts().count("")).isEqualTo(12);
        }
    }

    @Test
    void aFileThatCannotBeReadIsCountedAsFailed() throws Exception {
        Path files = writePosts(3);
        Files.writeString(files.resolve("broken.txt"), "|\n\nno meta box here at all\n", StandardCharsets.UTF_8);

        PlainImport.Figures figures = PlainImport.measure(work, files, 3, SEED, line -> { });

        assertThat(figures.failed()).isEqualTo(1);
    }

    @Test
    void aChildThatFailsIsAnErrorWithWhatItSaid() throws IOException {
        Path files = writePosts(3);
        Files.writeString(work.resolve("plain-import"), "a file where the library's folder would go");

        assertThatThrownBy(() -> PlainImport.measure(work, files, 3, SEED, line -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("the plain import failed (exit 1)")
                .hasMessageContaining("plain-import");
    }

    private Path writePosts(int count) throws IOException {
        Path dir = Files.createDirectories(work.resolve("posts"));
        PostSynthesizer synth = new PostSynthesizer(SEED);
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(String.format("post-%03d.txt", i)), writer.write(synth.post(i)), StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void theBenchStartsThePlainImportWithTheLaunchersOptions() throws IOException {
        String launcher = Files.readString(Path.of("app", "review-desk"));
        String line = launcher.lines().filter(l -> l.trim().startsWith("plain_import_jvm=(")).findFirst().orElseThrow();
        String inside = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));

        assertThat(java.util.Arrays.asList(inside.trim().split("\\s+"))).isEqualTo(PlainImport.JVM_OPTIONS);
        assertThat(launcher).contains("jvm=(\"${plain_import_jvm[@]}\")");
    }
}
