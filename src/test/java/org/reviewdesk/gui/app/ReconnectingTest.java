package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.editor.SaveState;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.SameThreadExecutor;

/**
 * A team library whose server goes away while a post is being edited: the status bar says the window is reconnecting
 * for as long as the library does not answer, the text stays in the editor, the failure is said once rather than at
 * every autosave, and once the library answers again the text is saved without a keystroke.
 */
class ReconnectingTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final DeskViewModel desk = new DeskViewModel(library, executor, executor, PreviewRenderers.standard());
    private final List<String> notices = new ArrayList<>();
    private long id;

    @BeforeEach
    void aPostOpenInTheEditor() {
        id = library.create(InMemoryLibrary.post("Shared", "The first line."));
        desk.editor().onNoticeProperty().set(notices::add);
        desk.start(() -> false, e -> { });
        desk.editor().open(id);
        executor.advance(DeskViewModel.CHANGE_POLL);
    }

    @Test
    void whileTheLibraryIsAwayTheStatusSaysReconnectingAndTheTextIsSavedOnceItIsBack() {
        assertThat(desk.connectionProperty().get()).as("the library answers").isEmpty();

        library.away = true;
        desk.editor().edit("The first line. Typed while the server was gone.");
        executor.advance(EditorViewModel.AUTOSAVE_DELAY);
        executor.advance(DeskViewModel.CHANGE_POLL);

        assertThat(desk.connectionProperty().get()).startsWith("Reconnecting to the library")
                .contains("your edits stay in the editor");
        assertThat(desk.editor().saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(notices).as("one word about the failed save").hasSize(1);

        desk.editor().edit("The first line. Typed while the server was gone. And more.");
        executor.advance(EditorViewModel.AUTOSAVE_DELAY);
        executor.advance(DeskViewModel.CHANGE_POLL.multipliedBy(5));
        assertThat(notices).as("the autosaves and polls that failed since said nothing more").hasSize(1);
        assertThat(desk.connectionProperty().get()).as("still away").isNotEmpty();
        assertThat(desk.editor().textProperty().get()).endsWith("And more.");

        library.away = false;
        executor.advance(DeskViewModel.CHANGE_POLL);

        assertThat(desk.connectionProperty().get()).as("back").isEmpty();
        assertThat(desk.editor().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(library.open(id).post().body()).isEqualTo("The first line. Typed while the server was gone. And more.");
    }

    @Test
    void aPollThatFailsOnceShowsReconnectingUntilTheNextOneAnswers() {
        library.away = true;
        executor.advance(DeskViewModel.CHANGE_POLL);
        assertThat(desk.connectionProperty().get()).isNotEmpty();
        assertThat(desk.editor().saveStateProperty().get()).as("nothing was typed: nothing to lose")
                .isEqualTo(SaveState.SAVED);

        library.away = false;
        executor.advance(DeskViewModel.CHANGE_POLL);
        assertThat(desk.connectionProperty().get()).isEmpty();
    }
}
