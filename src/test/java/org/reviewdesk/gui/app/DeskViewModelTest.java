package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.library.ImportSummary;
import org.reviewdesk.gui.library.PostRow;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.SameThreadExecutor;

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
    void anImportReportsCountsAndFailuresWithFileAndLine() {
        List<ImportSummary> summaries = new ArrayList<>();

        desk.importFiles(List.of(Path.of("a.txt"), Path.of("b.doc")), summaries::add, e -> { });

        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.failed()).extracting(Object::toString).containsExactly("b.doc:1: expected a .txt post");
        });
        assertThat(desk.importProgressProperty().get()).isEqualTo(1.0);
        assertThat(desk.list().rows()).hasSize(1);
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
