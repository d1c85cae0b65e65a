package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.testing.TempLibrary;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.SharedData;

/** Imports as a user meets them: good and bad files side by side, the seeds, and every export format back in. */
class ImportServiceTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    @TempDir
    Path tmp;
    private Desk desk;
    private final PostSynthesizer synth = new PostSynthesizer(3, SynthProfile.CONSISTENT);

    @BeforeEach
    void open() throws Exception {
        desk = library.desk();
    }

    @Test
    void badFilesAreReportedWithFileAndLineAndNothingOfThemIsWritten() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        Files.writeString(dir.resolve("good.txt"), writer.write(synth.post(0)));
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        String full = writer.write(synth.post(1));
        Files.writeString(dir.resolve("truncated.txt"), full.substring(0, full.indexOf("score\n") + 6));
        Files.writeString(dir.resolve("bad-date.txt"), writer.write(synth.post(2)).replaceFirst("last reviewed: [0-9-]+", "last reviewed: 2021-13-40"));
        Files.writeString(dir.resolve("not-a-post.md"), "---\ntitle: [unclosed\n---\nbody\n");

        List<FileOutcome> seen = new ArrayList<>();
        ImportReport report = desk.imports().importPaths(List.of(dir), ImportOptions.DEFAULT, (d, t, o) -> seen.add(o));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(seen).hasSize(6);
        assertThat(report.failed()).extracting(f -> Path.of(f.file()).getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "binary.txt", "truncated.txt", "bad-date.txt", "not-a-post.md");
        for (ImportReport.Failure f : report.failed()) {
            assertThat(f.reason()).isNotBlank().doesNotContain("Exception");
        }
        ImportReport.Failure date = report.failed().stream().filter(f -> f.file().endsWith("bad-date.txt")).findFirst().orElseThrow();
        assertThat(date.line()).isPositive();
        assertThat(date.reason()).contains("2021-13-40");
        assertThat(desk.library().posts().count()).isEqualTo(1);
        assertThat(desk.library().posts().findByReference(synth.post(2).reference())).isEmpty();
    }

    @Test
    void aFileWhosePostsShareAReferenceIsRefusedWholeAndTheOthersGoOn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("same"));
        Files.writeString(dir.resolve("twice.json"), "[{\"title\":\"A\",\"body\":\"a\",\"meta\":{\"reference\":\"sr-1\"}},"
                + "{\"title\":\"B\",\"body\":\"b\",\"meta\":{\"reference\":\"sr-1\"}}]");
        Files.writeString(dir.resolve("fine.txt"), new AlphanodeTextWriter().write(synth.post(1)));
        ImportReport report = desk.imports().importPaths(List.of(dir), ImportOptions.DEFAULT, ImportListener.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("twice.json");
            assertThat(f.reason()).contains("posts 1 and 2 of the file have the same reference 'sr-1'");
        });
        assertThat(desk.library().posts().findByReference("sr-1")).isEmpty();
    }

    @Test
    void aFileTheLibraryRefusesFailsAloneWhileItsGroupIsImported() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("group"));
        org.reviewdesk.formats.json.JsonPostWriter writer = new org.reviewdesk.formats.json.JsonPostWriter();
        for (int i = 0; i < 30; i++) {
            Post p = synth.post(10 + i);
            if (i == 17) p = p.withMeta(p.meta().toBuilder().reference("r".repeat(500)).build());
            Files.writeString(dir.resolve(String.format("p%02d.json", i)), writer.write(p));
        }
        ImportReport report = desk.imports().importPaths(List.of(dir), ImportOptions.DEFAULT, ImportListener.NONE);
        assertThat(report.imported()).isEqualTo(29);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("p17.json");
            assertThat(f.reason()).startsWith("the library refused the file").containsIgnoringCase("too long").containsIgnoringCase("reference");
        });
        assertThat(desk.library().posts().count()).isEqualTo(29);
    }

    @Test
    void aFieldLongerThanTheLibraryHoldsIsRefusedNamingTheFieldOnEitherDatabase() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("long"));
        org.reviewdesk.formats.json.JsonPostWriter writer = new org.reviewdesk.formats.json.JsonPostWriter();
        Post title = synth.post(40).withTitle("A title that goes on ".repeat(250));
        Post language = synth.post(41).withMeta(synth.post(41).meta().toBuilder().codeLanguage("x".repeat(300)).build());
        Files.writeString(dir.resolve("title.json"), writer.write(title));
        Files.writeString(dir.resolve("language.json"), writer.write(language));
        Files.writeString(dir.resolve("fine.json"), writer.write(synth.post(42)));
        ImportReport report = desk.imports().importPaths(List.of(dir), ImportOptions.DEFAULT, ImportListener.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).extracting(ImportReport.Failure::reason).containsExactlyInAnyOrder(
                "the library refused the file: the title is too long: 5250 characters, at most 4000",
                "the library refused the file: the code language is too long: 300 characters, at most 200");
    }

    @Test
    void aLargeFileIsReadAndAnOversizedOneIsRefusedWithoutReadingIt() throws Exception {
        Post big = synth.post(4);
        StringBuilder body = new StringBuilder(big.body());
        while (body.length() < 5_000_000) body.append("\n\nanother long paragraph about measuring before changing anything in production.");
        Path large = tmp.resolve("large.json");
        Files.writeString(large, new org.reviewdesk.formats.json.JsonPostWriter().write(big.withBody(body.toString())));
        Path huge = tmp.resolve("huge.txt");
        try (var out = Files.newOutputStream(huge)) {
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 21; i++) out.write(chunk);
        }
        ImportReport report = desk.imports().importPaths(List.of(large, huge), ImportOptions.DEFAULT, ImportListener.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.reason()).contains("at most 20 MB"));
    }

    @Test
    void theSeedsImportAndEveryWritableFormatGivesThemBack() throws Exception {
        Path seeds = SharedData.seeds();
        ImportReport report = desk.imports().importPaths(List.of(seeds), new ImportOptions(null, false, true), ImportListener.NONE);
        assertThat(report.failed()).isEmpty();
        // two alphanode pages, the scrape's main post and its ten related posts, and README.md as a plain Markdown draft
        assertThat(report.imported()).isEqualTo(2 + 11 + 1);

        List<Post> stored = new ArrayList<>();
        desk.library().posts().forEach(p -> stored.add(p.post()));
        for (Format format : List.of(Format.JSON, Format.MARKDOWN, Format.WXR)) {
            Path out = tmp.resolve("export-" + format.id());
            desk.exports().exportToFolder(stored, format, out);
            try (Desk other = org.reviewdesk.testing.TestLibraries.open(tmp.resolve("library-" + format.id()))) {
                ImportReport back = other.imports().importPaths(List.of(out), new ImportOptions(format, false, false), ImportListener.NONE);
                assertThat(back.failed()).as(format.id()).isEmpty();
                for (Post p : stored) {
                    assertThat(other.library().posts().findByReference(p.reference()).orElseThrow().post()).as(format.id()).isEqualTo(p);
                }
            }
        }
        Post seed = desk.library().posts().findByReference("anp-ref-000989-2184").orElseThrow().post();
        String alphanode = desk.exports().exportText(List.of(seed), Format.ALPHANODE);
        assertThat(alphanode).isEqualTo(Files.readString(seeds.resolve("alphanode-000989.txt")));
    }

    @Test
    void aFileThatOpensWithAMarkdownLinkIsNotTakenForJson() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("links"));
        Files.writeString(dir.resolve("notes.md"), "[Release notes](https://example.com/2.0) for the 2.0 upgrade.\n\n"
                + "# Upgrading to 2.0\n\nRead the notes first.\n");
        // An alphanode page whose navigation line was lost in the copy, so that its first line is its title: a link.
        String page = new AlphanodeTextWriter().write(synth.post(5));
        String title = synth.post(5).title();
        String linked = page.substring(page.indexOf(title)).replaceFirst(java.util.regex.Pattern.quote(title),
                "[FastAPI](https://fastapi.tiangolo.com) in production");
        Files.writeString(dir.resolve("page.txt"), linked);
        Files.writeString(dir.resolve("array.txt"), new org.reviewdesk.formats.json.JsonPostWriter().writeAll(List.of(synth.post(6))));

        ImportReport report = desk.imports().importPaths(List.of(dir), ImportOptions.DEFAULT, ImportListener.NONE);

        assertThat(report.failed()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(desk.library().posts().findByReference(synth.post(5).reference()).orElseThrow().post().title())
                .isEqualTo("[FastAPI](https://fastapi.tiangolo.com) in production");
        assertThat(desk.library().posts().findByReference(synth.post(6).reference())).isPresent();
    }

    @Test
    void aFileNoFormatReadsNamesEveryFormatTriedAndWhyEachFailed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("unreadable"));
        Files.writeString(dir.resolve("link.txt"), "[Release notes](https://example.com/2.0)\n\nnothing else\n");
        String page = new AlphanodeTextWriter().write(synth.post(7));
        String title = synth.post(7).title();
        Files.writeString(dir.resolve("bad-date.txt"), page.substring(page.indexOf(title))
                .replaceFirst(java.util.regex.Pattern.quote(title), "[Kafka](https://kafka.apache.org) retries")
                .replaceFirst("last reviewed: [0-9-]+", "last reviewed: 2021-13-40"));

        ImportReport report = desk.imports().importPaths(List.of(dir), ImportOptions.DEFAULT, ImportListener.NONE);

        assertThat(report.imported()).isZero();
        ImportReport.Failure link = failure(report, "link.txt");
        assertThat(link.reason()).startsWith("not a format Review Desk reads")
                .contains("markdown (a .md or .markdown file", "alphanode (a line 'alphanode post meta')")
                .contains("not json (line 1: not valid JSON");
        ImportReport.Failure date = failure(report, "bad-date.txt");
        assertThat(date.reason()).startsWith("could not be read in any format it may be in: tried json (line 1: not valid JSON")
                .contains("; alphanode (line ").contains("2021-13-40");
        assertThat(date.line()).isPositive();
    }

    private static ImportReport.Failure failure(ImportReport report, String fileName) {
        return report.failed().stream().filter(f -> f.file().endsWith(fileName)).findFirst().orElseThrow();
    }
}
