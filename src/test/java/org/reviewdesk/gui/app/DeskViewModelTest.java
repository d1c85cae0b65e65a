package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.ImportSummary;
import org.reviewdesk.gui.library.PostRow;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;

class DeskViewModelTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final DeskViewModel desk = new DeskViewModel(library, executor, executor, PreviewRenderers.standard());

    @Test
    void anEmptyLibraryOffersTheSamplesAndAddsThemWhenAccepted() {
        desk.start(() -> true, e -> { });

        assertThat(desk.list().rows()).extracting(PostRow::title).containsExactly("Sample one", "Sample two");
    }

    @Test
    void declinedSamplesLeaveTheLibraryEmpty() {
        desk.start(() -> false, e -> { });

        assertThat(desk.list().rows()).isEmpty();
        assertThat(desk.list().countTextProperty().get()).isEqualTo("0 posts");
    }

    @Test
    void aTrashedPostLeavesTheListAndTheEditorAndComesBackOnRestore() {
        long id = library.create(InMemoryLibrary.post("Doomed", "body"));
        desk.start(() -> false, e -> { });
        desk.editor().open(id);

        desk.trash(List.of(id));

        assertThat(desk.list().rows()).isEmpty();
        assertThat(desk.editor().hasOpenPost()).isFalse();
        desk.restore(List.of(id));
        assertThat(desk.list().rows()).extracting(PostRow::id).containsExactly(id);
    }

    @Test
    void anImportOverARealLibraryReportsTheBadFileWithItsLineAndReasonAndListsTheGoodPost(@TempDir Path tmp) throws Exception {
        PostSynthesizer synth = new PostSynthesizer(42, SynthProfile.CONSISTENT);
        Post good = synth.post(0);
        Post bad = synth.post(1);
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        Path goodFile = Files.writeString(tmp.resolve("good.txt"), writer.write(good), StandardCharsets.UTF_8);
        String badText = writer.write(bad);
        List<String> lines = badText.lines().toList();
        int freshnessLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  • freshness: ")) freshnessLine = i + 1;
        }
        assertThat(freshnessLine).as("the synthesized post has a freshness score").isPositive();
        Path badFile = Files.writeString(tmp.resolve("bad.txt"),
                badText.replaceFirst("  • freshness: \\d+", "  • freshness: 140"), StandardCharsets.UTF_8);

        try (DeskLibraryAccess real = DeskLibraryAccess.open(tmp.resolve("library"))) {
            DeskViewModel window = new DeskViewModel(real, executor, executor, PreviewRenderers.standard());
            window.start(() -> false, e -> { });
            List<Double> progress = new ArrayList<>();
            window.importProgressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
            List<ImportSummary> summaries = new ArrayList<>();
            List<Throwable> errors = new ArrayList<>();

            window.importFiles(List.of(goodFile, badFile), summaries::add, errors::add);

            assertThat(errors).isEmpty();
            int line = freshnessLine;
            assertThat(summaries).singleElement().satisfies(s -> {
                assertThat(s.imported()).isEqualTo(1);
                assertThat(s.failed()).singleElement().satisfies(f -> {
                    assertThat(Path.of(f.file()).getFileName()).hasToString("bad.txt");
                    assertThat(f.line()).isEqualTo(line);
                    assertThat(f.toString()).startsWith(f.file() + ":" + line + ": ").contains("freshness", "0 to 100");
                });
            });
            assertThat(progress).as("one step per file, busy from the last one (the import finishing, then its checks), ending full")
                    .containsExactly(0.5, -1.0, 1.0);
            assertThat(window.importingProperty().get()).isFalse();
            assertThat(window.list().rows()).extracting(PostRow::title).containsExactly(good.title());
            window.stop();
        }
    }

    @Test
    void aWriteByAnotherProcessRefreshesTheListAndTheCleanOpenPost() {
        long id = library.create(InMemoryLibrary.post("Shared", "old text"));
        desk.start(() -> false, e -> { });
        desk.editor().open(id);
        executor.advance(DeskViewModel.CHANGE_POLL);

        library.writeBehindTheWindow(id, "new text from the command line");
        library.create(InMemoryLibrary.post("Added by the command line", "x"));
        executor.advance(DeskViewModel.CHANGE_POLL);

        assertThat(desk.list().rows()).hasSize(2);
        assertThat(desk.editor().textProperty().get()).isEqualTo("new text from the command line");
    }

    @Test
    void unsavedTextIsNeverReplacedByAWriteElsewhere() {
        long id = library.create(InMemoryLibrary.post("Shared", "old text"));
        desk.start(() -> false, e -> { });
        desk.editor().open(id);
        executor.advance(DeskViewModel.CHANGE_POLL);
        desk.editor().edit("my unsaved words");

        library.writeBehindTheWindow(id, "their words");
        executor.advance(java.time.Duration.ofMillis(10));
        desk.poll();

        assertThat(desk.editor().textProperty().get()).isEqualTo("my unsaved words");
    }
}
