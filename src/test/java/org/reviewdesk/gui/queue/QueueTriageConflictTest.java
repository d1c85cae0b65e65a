package org.reviewdesk.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * A lead triages several posts of the queue while someone else (another desk on the same folder: another window or
 * the command line) changed two of them after the queue showed them: those two are left as they are, and named.
 */
class QueueTriageConflictTest {
    @TempDir
    Path dir;
    private Desk window;
    private Desk other;
    private QueueViewModel vm;
    private final List<Long> shown = new ArrayList<>();

    @BeforeEach
    void theQueueShowsSixPosts() throws Exception {
        window = Desk.open(dir);
        other = Desk.open(dir);
        PostSynthesizer synth = new PostSynthesizer(5);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Post p = synth.post(i);
            posts.add(p.withMeta(p.meta().toBuilder().flags(p.meta().flagsOrEmpty().withNeedsHumanReview(true)).build()));
        }
        window.library().posts().importPosts(posts, false);
        vm = new QueueViewModel(new DeskQueueAccess(window), new SameThreadExecutor());
        vm.refresh();
        vm.rows().stream().map(PostSummary::id).forEach(shown::add);
        assertThat(shown).hasSize(6);
    }

    @AfterEach
    void close() {
        other.close();
        window.close();
    }

    private StoredPost changedElsewhere(long id) throws Exception {
        StoredPost p = other.posts().find(id).orElseThrow();
        other.edits().set(p.post().reference(), Map.of("score.freshness", "12"));
        return p;
    }

    @Test
    void assigningSkipsAndNamesThePostsChangedSinceTheQueueShowedThem() throws Exception {
        StoredPost first = changedElsewhere(shown.get(0));
        StoredPost third = changedElsewhere(shown.get(2));

        vm.assign(List.copyOf(shown), "Ada");

        assertThat(vm.messageProperty().get()).startsWith("4 assigned to Ada.")
                .contains("2 posts changed since the queue showed them; they were left as they are: \u201c"
                        + first.post().title() + "\u201d, \u201c" + third.post().title() + "\u201d.");
        assertThat(other.posts().find(shown.get(0)).orElseThrow().assignee()).isNull();
        assertThat(other.posts().find(shown.get(1)).orElseThrow().assignee()).isEqualTo("Ada");
        assertThat(other.posts().find(shown.get(2)).orElseThrow().post().meta().score().freshness()).isEqualTo(12);
    }

    @Test
    void afterTheQueueShowedTheChangeATriageTakesThemAll() throws Exception {
        changedElsewhere(shown.get(0));
        vm.refresh();

        vm.flagForReview(List.copyOf(shown));

        assertThat(vm.messageProperty().get()).isEqualTo("6 flagged for review. Undo with Ctrl+Z.");
    }

    @Test
    void markingReviewedLeavesOutAPostMovedToTheTrashMeanwhile() throws Exception {
        StoredPost gone = other.posts().find(shown.get(1)).orElseThrow();
        other.posts().trash(gone.id());

        vm.markReviewed(List.of(shown.get(1)), null);

        assertThat(vm.messageProperty().get()).isEqualTo("0 posts marked reviewed. 1 post changed since"
                + " the queue showed it; it was left as it is: \u201c" + gone.post().title() + "\u201d.");
    }
}
