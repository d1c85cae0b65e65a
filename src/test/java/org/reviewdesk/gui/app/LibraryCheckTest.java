package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;

/** File, Check the whole library: every post's findings reach the queue, and Cancel keeps what was checked. */
class LibraryCheckTest {
    @TempDir
    Path folder;

    private static DeskLibraryAccess libraryOf(Path folder, int posts) throws Exception {
        Desk desk = Desk.open(folder);
        PostSynthesizer synth = new PostSynthesizer(31);
        List<Post> all = new ArrayList<>();
        for (int i = 0; i < posts; i++) all.add(synth.post(i));
        desk.library().posts().importPosts(all, false);
        return new DeskLibraryAccess(desk);
    }

    private static List<PostSummary> queue(DeskLibraryAccess library) {
        return library.queue().orElseThrow().page(QueueFilter.ALL, QueueSort.PRIORITY, 0, 1000).rows();
    }

    @Test
    void everyPostIsCheckedAndTheQueueCountsTheFindings() throws Exception {
        try (DeskLibraryAccess library = libraryOf(folder, 12)) {
            LibraryCheck check = new LibraryCheck(library, new SameThreadExecutor());
            assertThat(queue(library).stream().mapToInt(PostSummary::findings).sum()).isZero();
            check.start();
            assertThat(check.runningProperty().get()).isFalse();
            assertThat(check.progressProperty().get()).isEqualTo(1.0);
            assertThat(check.messageProperty().get()).isEqualTo("Checked 12 posts; the queue shows their findings.");
            assertThat(queue(library)).allSatisfy(row -> assertThat(row.findings()).isPositive());
        }
    }

    @Test
    void cancelStopsAfterThePostsInHandAndKeepsTheirFindings() throws Exception {
        try (DeskLibraryAccess library = libraryOf(folder, 260)) {
            LibraryCheck check = new LibraryCheck(library, new SameThreadExecutor());
            check.progressProperty().addListener((o, was, now) -> {
                if (now.doubleValue() > 0 && now.doubleValue() < 1) check.cancel();
            });
            check.start();
            assertThat(check.messageProperty().get()).isEqualTo("Stopped after 250 posts; their findings are stored.");
            long checked = queue(library).stream().filter(row -> row.findings() > 0).count();
            assertThat(checked).isBetween(1L, 250L);
        }
    }
}
