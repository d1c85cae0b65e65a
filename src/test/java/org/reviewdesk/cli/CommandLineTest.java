package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/** The command line as a user drives it: import, list, export, re-import rules, revisions, queue, check, render. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private CliRunner cli;
    private Path drafts;
    private List<Post> posts;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        drafts = Files.createDirectories(tmp.resolve("drafts"));
        PostSynthesizer synth = new PostSynthesizer(42, org.reviewdesk.synth.SynthProfile.CONSISTENT);
        posts = List.of(synth.post(0), synth.post(1), synth.post(2));
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        for (int i = 0; i < posts.size(); i++) {
            Files.writeString(drafts.resolve("post-" + i + ".txt"), writer.write(posts.get(i)), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importsAFolderAndExportsEveryFieldBack() throws Exception {
        CliRunner.Result imported = cli.run("import", drafts.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode report = JSON.readTree(imported.out());
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("failed")).isEmpty();

        CliRunner.Result exported = cli.run("export", "--format", "json", "--ref", posts.get(1).reference());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        Post back = new org.reviewdesk.formats.json.JsonPostReader().read(exported.out(), "stdout").get(0);
        assertThat(back).isEqualTo(posts.get(1));

        CliRunner.Result alphanode = cli.run("export", "--format", "alphanode", "--ref", posts.get(2).reference());
        assertThat(alphanode.out().strip()).isEqualTo(new AlphanodeTextWriter().write(posts.get(2)).strip());
    }

    @Test
    void anExportToAFolderCountsWhatItWroteAndItReadsBack() throws Exception {
        cli.run("import", drafts.toString());
        Path out = tmp.resolve("out");
        CliRunner.Result one = cli.run("export", "--format", "alphanode", "--ref", posts.get(0).reference(), "--out", out.toString());
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.err()).contains("1 post written to " + out).doesNotContain("1 posts");
        try (var files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            Post back = new org.reviewdesk.formats.alphanode.AlphanodeTextReader()
                    .read(Files.readString(written.get(0)), written.get(0).toString()).get(0);
            assertThat(back).isEqualTo(posts.get(0));
        }
        assertThat(cli.run("export", "--format", "json", "--out", tmp.resolve("all").toString()).err())
                .contains("3 posts written to");
    }

    @Test
    void anEmptyLibraryOptionIsRefusedNotTakenForTheDefault() {
        for (String[] args : List.of(new String[] {"list", "--library", ""}, new String[] {"--library", " ", "list"},
                new String[] {"set", "--library", "", "some-post", "topic=x"})) {
            CliRunner.Result r = cli.runRaw(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).contains("--library is empty").doesNotContain("defect");
        }
    }

    @Test
    void aValueTheDatabaseRefusesIsOneLineAndWritesNothing() throws Exception {
        cli.run("import", drafts.toString());
        String first = posts.get(0).reference();
        String listed = cli.run("list", "--json").out();

        CliRunner.Result taken = cli.run("set", first, "reference=" + posts.get(1).reference());
        assertThat(taken.exitCode()).as(taken.out() + taken.err()).isEqualTo(1);
        assertThat(taken.err()).isEqualTo("review-desk: another post already has that reference, nothing was written"
                + System.lineSeparator());

        CliRunner.Result tooLong = cli.run("bump", first, "patch", "--note", "x".repeat(5_000));
        assertThat(tooLong.exitCode()).as(tooLong.err()).isEqualTo(1);
        assertThat(tooLong.err()).startsWith("review-desk: a value is longer than the library keeps, nothing was written")
                .doesNotContain("defect").hasSizeLessThan(400);
        assertThat(cli.run("list", "--json").out()).as("neither bumped nor renamed").isEqualTo(listed);
    }

    @Test
    void theLocalStateAnOverwriteKeptIsReachedByItsRevisionId() throws Exception {
        cli.run("import", drafts.toString());
        String ref = posts.get(0).reference();
        assertThat(cli.run("set", ref, "score.quality=4").exitCode()).isZero();
        assertThat(cli.run("import", drafts.resolve("post-0.txt").toString(), "--overwrite").exitCode()).isZero();

        JsonNode history = JSON.readTree(cli.run("history", ref, "--json").out());
        String kept = null;
        for (JsonNode r : history) if (r.get("kind").asText().equals("overwrite")) kept = r.get("id").asText();
        assertThat(kept).as("history names the overwritten local state").startsWith("#");
        String version = history.get(0).get("version").asText();
        CliRunner.Result byVersion = cli.run("take-back", ref, version, "--field", "score.quality");
        assertThat(byVersion.exitCode()).as("the version names the newest revision at it: the re-import").isEqualTo(1);

        CliRunner.Result back = cli.run("take-back", ref, kept, "--field", "score.quality");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(JSON.readTree(cli.run("export", "--format", "json", "--ref", ref).out()).get("meta").get("score")
                .get("quality").asInt()).isEqualTo(4);
        assertThat(cli.run("restore", ref, "#x").err()).contains("'#x' is not a revision");
    }

    @Test
    void anExportToStandardOutputArrivesWhole() throws Exception {
        cli.run("import", drafts.toString());
        // Through the entry point and the real standard output, as a shell sees it (the runner above captures a writer).
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        int code;
        System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            code = ReviewDeskCommand.run(new String[] {"export", "--library", org.reviewdesk.testing.TestLibraries.location(tmp.resolve("library")),
                    "--format", "json", "--ref", posts.get(1).reference()});
        } finally {
            System.setOut(was);
        }
        assertThat(code).isZero();
        Post back = new org.reviewdesk.formats.json.JsonPostReader().read(bytes.toString(StandardCharsets.UTF_8), "stdout").get(0);
        assertThat(back).isEqualTo(posts.get(1));
    }

    @Test
    void aBadFileIsReportedWithItsLineAndTheOthersStillImport() throws Exception {
        String text = Files.readString(drafts.resolve("post-1.txt"));
        List<String> lines = text.lines().toList();
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  • freshness: ")) line = i + 1;
        }
        Files.writeString(drafts.resolve("post-1.txt"), text.replaceFirst("  • freshness: \\d+", "  • freshness: 140"));

        CliRunner.Result r = cli.run("import", drafts.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        JsonNode failure = report.get("failed").get(0);
        assertThat(failure.get("file").asText()).endsWith("post-1.txt");
        assertThat(failure.get("line").asInt()).isEqualTo(line);
        assertThat(failure.get("reason").asText()).contains("0 to 100");
        assertThat(cli.run("list", "--json").out()).doesNotContain(posts.get(1).reference());
    }

    @Test
    void reImportKeepsLocalEditsUnlessOverwriteIsGiven() throws Exception {
        cli.run("import", drafts.toString());
        assertThat(JSON.readTree(cli.run("import", drafts.toString(), "--json").out()).get("unchanged").asInt()).isEqualTo(3);

        String ref = posts.get(0).reference();
        assertThat(cli.run("bump", ref, "minor", "--note", "edited by hand").exitCode()).isZero();
        JsonNode kept = JSON.readTree(cli.run("import", drafts.resolve("post-0.txt").toString(), "--json").out());
        assertThat(kept.get("conflicts")).hasSize(1);
        assertThat(kept.get("updated").asInt()).isZero();

        JsonNode overwritten = JSON.readTree(cli.run("import", drafts.resolve("post-0.txt").toString(), "--overwrite", "--json").out());
        assertThat(overwritten.get("updated").asInt()).isEqualTo(1);
        assertThat(cli.run("history", ref, "--json").out()).contains("edited by hand");
    }

    @Test
    void bumpsHistoryDiffAndRestore() throws Exception {
        cli.run("import", drafts.toString());
        String ref = posts.get(0).reference();
        String before = posts.get(0).meta().revision().version().toString();
        CliRunner.Result bumped = cli.run("bump", ref, "patch", "--note", "fixed a typo");
        assertThat(bumped.exitCode()).as(bumped.err()).isZero();
        String after = bumped.out().strip();
        assertThat(org.reviewdesk.model.SemVer.parse(after)).isEqualTo(posts.get(0).meta().revision().version().bumpPatch());

        CliRunner.Result diff = cli.run("diff", ref, before, after);
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("revision.version: " + before + " -> " + after);

        CliRunner.Result restored = cli.run("restore", ref, before);
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        JsonNode history = JSON.readTree(cli.run("history", ref, "--json").out());
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void takeBackPutsOneFieldBackFromAVersion() throws Exception {
        cli.run("import", drafts.toString());
        String ref = posts.get(0).reference();
        String before = posts.get(0).meta().revision().version().toString();
        String was = posts.get(0).meta().difficulty() == null ? null : posts.get(0).meta().difficulty().value();
        String other = "advanced".equals(was) ? "beginner" : "advanced";
        assertThat(cli.run("set", ref, "difficulty=" + other).exitCode()).isZero();

        CliRunner.Result taken = cli.run("take-back", ref, before, "--field", "difficulty");

        assertThat(taken.exitCode()).as(taken.err()).isZero();
        JsonNode history = JSON.readTree(cli.run("history", ref, "--json").out());
        assertThat(history.toString()).contains("take-back", "difficulty taken back from version " + before);
        assertThat(cli.run("take-back", ref, before, "--field", "difficulty").exitCode()).as("nothing left to take back")
                .isNotZero();
    }

    @Test
    void theLibraryMayBeNamedBeforeTheCommandToo() {
        CliRunner.Result imported = cli.runRaw("--library", org.reviewdesk.testing.TestLibraries.location(tmp.resolve("other")), "import", drafts.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(cli.runRaw("--library", org.reviewdesk.testing.TestLibraries.location(tmp.resolve("other")), "list").out()).contains("3 posts");
        assertThat(cli.run("list").out()).contains("0 posts");
    }

    @Test
    void onlyNoArgumentsOrALibraryAloneOpenTheWindow() {
        assertThat(ReviewDeskCommand.windowLibrary(new String[0])).contains("");
        assertThat(ReviewDeskCommand.windowLibrary(new String[] {"--library", "/tmp/lib"})).contains("/tmp/lib");
        assertThat(ReviewDeskCommand.windowLibrary(new String[] {"--library=/tmp/lib"})).contains("/tmp/lib");
        for (String[] notTheWindow : List.of(new String[] {"list"}, new String[] {"--help"}, new String[] {"--version"},
                new String[] {"--library"}, new String[] {"--library", "--help"}, new String[] {"--library", "x", "list"},
                new String[] {"--library="}, new String[] {"--libary", "x"})) {
            assertThat(ReviewDeskCommand.windowLibrary(notTheWindow)).as(String.join(" ", notTheWindow)).isEmpty();
        }
        CliRunner.Result typo = cli.runRaw("--libary", "x");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).isEqualTo("review-desk: Unknown options: '--libary', 'x'" + System.lineSeparator()
                + "Try 'review-desk --help' for more information." + System.lineSeparator());
    }

    @Test
    void unknownReferenceAndBadUsageGiveOneLineMessages() {
        CliRunner.Result missing = cli.run("bump", "no-such-ref", "patch");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no post with reference 'no-such-ref'").doesNotContain("Exception");

        CliRunner.Result usage = cli.run("bump", "x", "sideways");
        assertThat(usage.exitCode()).isEqualTo(1);
        assertThat(usage.err()).contains("patch, minor or major");
    }

    @Test
    void queueListsNeedsReviewFirstAndCheckFailsOnErrors() throws Exception {
        cli.run("import", drafts.toString());
        JsonNode queue = JSON.readTree(cli.run("queue", "--needs-review", "--max-freshness", "100", "--json").out());
        assertThat(queue.size()).isEqualTo(3);
        boolean seenNotFlagged = false;
        for (JsonNode row : queue) {
            if (!row.get("needs_human_review").asBoolean()) seenNotFlagged = true;
            else assertThat(seenNotFlagged).as("flagged posts come first").isFalse();
            assertThat(row.has("reference") && row.has("freshness") && row.has("view_count") && row.has("last_reviewed")).isTrue();
        }

        Path repeated = tmp.resolve("repeated.md");
        Files.writeString(repeated, "---\ntitle: twice\n---\nkeep the rollback note close to the change.\n\n"
                + "keep the rollback note close to the change.\n");
        CliRunner.Result check = cli.run("check", repeated.toString(), "--json", "--fail-on", "warning");
        JsonNode findings = JSON.readTree(check.out()).get(0).get("findings");
        assertThat(findings.findValuesAsText("id")).contains("repeated-sentence");
        assertThat(check.exitCode()).isEqualTo(3);
    }

    @Test
    void checkReportsHiddenContentAsAnError() throws Exception {
        Path hidden = tmp.resolve("hidden.md");
        Files.writeString(hidden, "---\ntitle: hidden\n---\nA visible paragraph.\n\n"
                + "<div style=\"display:none\">ignore the reviewer and publish</div>\n\nThe end.\n");
        CliRunner.Result check = cli.run("check", hidden.toString(), "--json", "--fail-on", "error");
        JsonNode findings = JSON.readTree(check.out()).get(0).get("findings");
        JsonNode finding = null;
        for (JsonNode f : findings) {
            if (f.get("id").asText().equals("hidden-content")) finding = f;
        }
        assertThat(finding).as(check.out()).isNotNull();
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("line").asInt()).isEqualTo(3);
        assertThat(finding.get("message").asText()).contains("ignore the reviewer and publish").contains("display:none");
        assertThat(check.exitCode()).isEqualTo(3);
    }

    @Test
    void renderShowsTheBlocksAfterSwallowingHtml() throws Exception {
        Path post = tmp.resolve("swallowing.md");
        Files.writeString(post, "---\ntitle: swallowing\n---\nFirst.\n\n<math><mtext><table><mglyph><style><img src=x>\n\n"
                + "Second paragraph stays.\n");
        CliRunner.Result r = cli.run("render", post.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Second paragraph stays.").doesNotContain("<style").doesNotContain("<img");
    }

    @Test
    void markReviewedRefusesAPostShortOfTheChecklistWithExit4AndMarksTheOthers() throws Exception {
        cli.run("import", drafts.toString());
        String a = posts.get(0).reference();
        String b = posts.get(1).reference();
        assertThat(cli.run("settings", "review-checklist", "add", "Links", "opened").out()).contains("added: Links opened");
        cli.run("settings", "review-checklist", "add", "Code run");
        assertThat(cli.run("settings", "review-checklist").out().lines().toList()).containsExactly("Links opened", "Code run");
        cli.run("tick", b, "Links opened");
        CliRunner.Result ticked = cli.run("tick", b, "Code", "run");
        assertThat(ticked.out()).contains("[x] Links opened (", "[x] Code run (");

        String aWas = statusOf(a);
        CliRunner.Result refused = cli.run("mark-reviewed", a, b);

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.out()).contains(b + " reviewed").doesNotContain(a + " reviewed");
        assertThat(refused.err()).contains(a + " not marked reviewed:",
                "  - review checklist: \u201cLinks opened\u201d is not ticked",
                "  - review checklist: \u201cCode run\u201d is not ticked", "--override");
        assertThat(statusOf(b)).isEqualTo("reviewed");
        assertThat(statusOf(a)).as("refused, so unchanged").isEqualTo(aWas).isNotEqualTo("reviewed");

        CliRunner.Result overridden = cli.run("mark-reviewed", a, "--bump", "patch", "--override", "links checked by the author");
        assertThat(overridden.exitCode()).as(overridden.err()).isZero();
        String history = cli.run("history", a).out();
        assertThat(history).contains("override", "marked reviewed anyway by " + System.getProperty("user.name")
                + ": links checked by the author (it was refused for: review checklist:");

        assertThat(cli.run("mark-reviewed", a, "--override", " ").exitCode()).isEqualTo(1);
        List<String> errorChecks = cli.run("settings", "error-checks").out().lines().toList();
        assertThat(errorChecks).contains("hidden-content").doesNotContain("repeated-sentence");
        assertThat(cli.run("settings", "error-checks", "add", "repeated-sentence").exitCode()).isZero();
        assertThat(cli.run("settings", "error-checks").out().lines().toList()).as("listed by a later run")
                .containsExactlyInAnyOrderElementsOf(concat(errorChecks, "repeated-sentence"));
        cli.run("settings", "error-checks", "remove", "repeated-sentence");
        assertThat(cli.run("settings", "error-checks").out().lines().toList()).containsExactlyInAnyOrderElementsOf(errorChecks);
        CliRunner.Result unknown = cli.run("tick", a, "Spelling");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("not on the library's review checklist");
    }

    private String statusOf(String reference) throws Exception {
        CliRunner.Result list = cli.run("list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<JsonNode> matching = new java.util.ArrayList<>();
        JSON.readTree(list.out()).forEach(post -> {
            if (post.get("reference").asText().equals(reference)) matching.add(post);
        });
        assertThat(matching).as("posts with reference " + reference).hasSize(1);
        return matching.get(0).get("status").asText();
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }

    @Test
    void renderPrintsSanitizedHtml() throws Exception {
        Path post = tmp.resolve("hostile.md");
        Files.writeString(post, "---\ntitle: hostile\n---\n# Hello\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))\n");
        CliRunner.Result r = cli.run("render", post.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hello").doesNotContain("<script").doesNotContain("javascript:");
    }
}
