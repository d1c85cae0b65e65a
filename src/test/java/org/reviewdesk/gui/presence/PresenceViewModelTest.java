package org.reviewdesk.gui.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.service.Desk;

/**
 * The note above the editor over a real library that a second desk (Ben's window, or another process on the same
 * folder) has open too: it names Ben while he has the window's post open, follows him at the next heartbeat, and the
 * window's own leaving is what Ben's desk sees.
 */
class PresenceViewModelTest {
    @TempDir
    Path folder;
    private final SameThreadExecutor executor = new SameThreadExecutor();

    @Test
    void theNoteNamesWhoElseHasThePostOpenAndFollowsThemAtTheNextHeartbeat() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder); Desk ben = Desk.open(folder)) {
            long caching = library.create(post("Caching with Redis"));
            long queues = library.create(post("Queues with Kafka"));
            ben.settings().set(LibrarySettings.USER_NAME, "Ben");
            ben.presence().beat(caching);
            DeskViewModel window = new DeskViewModel(library, executor, executor, PreviewRenderers.standard());
            PresenceViewModel presence = window.presence();

            window.editor().open(caching);
            assertThat(presence.noteProperty().get()).matches("Also open: Ben on .+, since \\d\\d:\\d\\d");

            window.editor().open(queues);
            assertThat(presence.noteProperty().get()).as("Ben is not on this one").isEmpty();
            assertThat(ben.presence().beat(caching)).as("Ben's desk no longer sees the window on his post").isEmpty();
            ben.presence().beat(queues);
            assertThat(presence.noteProperty().get()).as("until the next heartbeat").isEmpty();
            executor.advance(PresenceViewModel.HEARTBEAT);
            assertThat(presence.noteProperty().get()).startsWith("Also open: Ben on ");

            ben.presence().leave();
            executor.advance(PresenceViewModel.HEARTBEAT);
            assertThat(presence.noteProperty().get()).as("Ben left").isEmpty();

            ben.presence().beat(queues);
            window.stop();
            assertThat(ben.presence().beat(queues)).as("the window closed").isEmpty();
        }
    }

    private static Post post(String title) {
        return new Post(title, "# " + title + "\n\nA paragraph.", Meta.builder().reference("ref-" + title.length()).build());
    }
}
