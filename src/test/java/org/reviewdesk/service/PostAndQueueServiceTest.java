package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.testing.TempLibrary;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.model.library.UndoToken;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;

/** The services the window and the command line share, over a real library: lookups, trash, triage, views. */
class PostAndQueueServiceTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    @TempDir
    Path tmp;
    private Desk desk;
    private final PostSynthesizer synth = new PostSynthesizer(5, SynthProfile.CONSISTENT);
    private List<Post> posts;

    @BeforeEach
    void open() throws Exception {
        desk = library.desk();
        posts = List.of(synth.post(0), synth.post(1), synth.post(2));
        desk.library().posts().importPosts(posts, false);
    }

    @Test
    void anUnknownReferenceIsOneErrorNamingTheReferenceAndTheLibrary() {
        assertThat(desk.posts().byReference(posts.get(1).reference()).post().title()).isEqualTo(posts.get(1).title());
        assertThatThrownBy(() -> desk.posts().byReferences(List.of(posts.get(0).reference(), "no-such-post")))
                .isInstanceOf(PostNotFoundException.class)
                .hasMessage("no post with reference 'no-such-post' in the library at " + desk.folder());
    }

    @Test
    void aTrashedPostLeavesTheListAndComesBack() {
        StoredPost first = desk.posts().byReference(posts.get(0).reference());
        desk.posts().trash(first.id());
        assertThat(desk.posts().list("", 0, 10)).extracting(s -> s.reference()).doesNotContain(posts.get(0).reference());
        assertThat(desk.posts().trashed()).extracting(s -> s.reference()).containsExactly(posts.get(0).reference());
        desk.posts().restore(first.id());
        assertThat(desk.posts().list("", 0, 10)).hasSize(3);
        desk.posts().trash(first.id());
        assertThat(desk.posts().emptyTrash()).isEqualTo(1);
        assertThatThrownBy(() -> desk.posts().byReference(posts.get(0).reference())).isInstanceOf(PostNotFoundException.class);
    }

    @Test
    void anAssignmentShowsInTheQueueAndIsUndone() {
        long id = desk.posts().byReference(posts.get(2).reference()).id();
        long before = desk.posts().changeStamp();
        UndoToken token = desk.queue().assign(List.of(id), "Ada");
        // A team library's stamp moves for others' writes only (TeamLibraryTest): a window does not reload its own.
        if (!org.reviewdesk.testing.TestLibraries.onServer()) assertThat(desk.posts().changeStamp()).isNotEqualTo(before);
        QueueFilter all = new QueueFilter(false, null, null, null, null, null, null);
        assertThat(desk.queue().page(all, QueueSort.PRIORITY, 0, 10).rows())
                .filteredOn(r -> r.id() == id).singleElement().extracting(r -> r.assignee()).isEqualTo("Ada");
        desk.queue().undo(token);
        assertThat(desk.queue().page(all, QueueSort.PRIORITY, 0, 10).rows())
                .filteredOn(r -> r.id() == id).singleElement().extracting(r -> r.assignee()).isNull();
    }

    @Test
    void aSavedViewComesBackAndTheQueueExportsInItsOrder() throws Exception {
        QueueFilter stale = new QueueFilter(false, 40, null, null, null, null, null);
        desk.queue().saveView("stale", stale);
        assertThat(desk.queue().views()).extracting(v -> v.name(), v -> v.filter()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stale", stale));
        assertThat(desk.queue().deleteView("stale")).isTrue();
        assertThat(desk.queue().views()).isEmpty();

        Path csv = tmp.resolve("queue.csv");
        QueueFilter all = new QueueFilter(false, null, null, null, null, null, null);
        assertThat(desk.queue().export(all, QueueSort.PRIORITY, csv, true)).isEqualTo(3);
        assertThat(Files.readAllLines(csv)).hasSize(4);
    }
}
