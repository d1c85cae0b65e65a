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
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.ImportSummary;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.synth.PostSynthesizer;

/** An import in the window checks what it wrote: the queue's findings are there without a save or a "check all". */
class ImportFindingsTest {
    @TempDir
    Path folder;

    @Test
    void theQueueShowsFindingsOfImportedPostsAndTheProgressEnds() throws Exception {
        Path drafts = Files.createDirectories(folder.resolve("drafts"));
        PostSynthesizer synth = new PostSynthesizer(17);
        for (int i = 0; i < 10; i++) {
            Files.writeString(drafts.resolve("p" + i + ".txt"), new AlphanodeTextWriter().write(synth.post(i)), StandardCharsets.UTF_8);
        }
        SameThreadExecutor executor = new SameThreadExecutor();
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder.resolve("library"))) {
            DeskViewModel desk = new DeskViewModel(library, executor, executor, PreviewRenderers.standard());
            List<ImportSummary> summaries = new ArrayList<>();
            desk.importFiles(List.of(drafts), summaries::add, e -> { throw new AssertionError(e); });

            assertThat(summaries).singleElement().satisfies(s -> assertThat(s.imported()).isEqualTo(10));
            assertThat(desk.importingProperty().get()).as("the status bar's progress has ended").isFalse();
            List<PostSummary> rows = library.queue().orElseThrow()
                    .page(QueueFilter.ALL, QueueSort.PRIORITY, 0, 50).rows();
            assertThat(rows).hasSize(10);
            assertThat(rows.stream().mapToInt(PostSummary::findings).sum()).isPositive();
        }
    }
}
