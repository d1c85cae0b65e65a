package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.TempLibrary;

/** What history commands say they did is what they did: bumps at once, restores, field take-backs, odd versions. */
class RevisionTruthTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private Desk desk;
    private String reference;

    @BeforeEach
    void onePost() {
        desk = library.desk();
        Post post = new PostSynthesizer(11, SynthProfile.CONSISTENT).post(0);
        desk.library().posts().importPosts(List.of(post), false);
        reference = post.reference();
    }

    private SemVer version() {
        return desk.posts().byReference(reference).post().meta().revisionOrEmpty().version();
    }

    @Test
    void bumpsAtTheSameMomentEachGetTheirOwnVersion() throws Exception {
        SemVer start = version();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> bumps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bumps.add(pool.submit(() -> {
                go.await();
                return desk.revisions().bump(reference, SemVer.Bump.PATCH, "at once").post().meta().revisionOrEmpty()
                        .version().toString();
            }));
        }
        go.countDown();
        List<String> said = new ArrayList<>();
        for (Future<String> b : bumps) said.add(b.get());
        pool.shutdown();
        assertThat(said).doesNotHaveDuplicates();
        assertThat(version()).isEqualTo(start.bumpPatch().bumpPatch().bumpPatch().bumpPatch());
    }

    @Test
    void aRestoreKeepsTheReferenceThePostHasNow() {
        desk.revisions().bump(reference, SemVer.Bump.MINOR, "a first pass");
        desk.edits().set(reference, Map.of("reference", "renamed-post"));
        String first = "#" + desk.revisions().history("renamed-post").get(desk.revisions().history("renamed-post").size() - 1).id();

        desk.revisions().restore("renamed-post", first);

        assertThat(desk.posts().byReference("renamed-post").post().meta().reference()).isEqualTo("renamed-post");
    }

    @Test
    void aListIsTakenBackByItsNameAndAnUnknownNameIsRefused() {
        desk.edits().set(reference, Map.of("stack", "alpha,beta"));
        desk.revisions().bump(reference, SemVer.Bump.PATCH, "stack set");
        long withStack = desk.revisions().history(reference).get(0).id();
        desk.edits().set(reference, Map.of("stack", "gamma"));
        long now = desk.posts().byReference(reference).rowVersion();

        desk.revisions().takeBackField(reference, withStack, "stack", now);

        assertThat(desk.posts().byReference(reference).post().meta().stack()).containsExactly("alpha", "beta");
        RevisionInfo note = desk.revisions().history(reference).get(0);
        assertThat(note.note()).startsWith("stack taken back from");
        long again = desk.posts().byReference(reference).rowVersion();
        assertThatThrownBy(() -> desk.revisions().takeBackField(reference, withStack, "stack", again))
                .hasMessageContaining("stack is the same");
        assertThatThrownBy(() -> desk.revisions().takeBackField(reference, withStack, "nosuch", again))
                .hasMessageStartingWith("there is no meta field 'nosuch'");
    }

    @Test
    void commentsAtARevisionTakeItsIdAsHistoryListsIt() {
        desk.revisions().bump(reference, SemVer.Bump.PATCH, "one");
        long id = desk.revisions().history(reference).get(0).id();
        assertThat(desk.comments().atVersion(reference, "#" + id)).isEmpty();
        assertThatThrownBy(() -> desk.comments().atVersion(reference, "#999999")).hasMessageContaining("has no revision #999999");
    }

    @Test
    void theLargestVersionSaysItCannotBeBumped() {
        Post post = desk.posts().byReference(reference).post();
        // Above every version the post has had, or a bump would count from the highest of those instead.
        SemVer largest = SemVer.of(version().major() + 1, 2, Integer.MAX_VALUE);
        Meta meta = post.meta().toBuilder().revision(new Revision(null, largest, null)).build();
        desk.library().posts().importPosts(List.of(post.withMeta(meta)), true);
        assertThatThrownBy(() -> desk.revisions().bump(reference, SemVer.Bump.PATCH, ""))
                .hasMessageContaining("is the largest a version keeps");
    }

    /**
     * An import may set a version below one the history holds (it writes what the file says); the next bump, restore
     * or review with a bump still goes above every version the post has had, so the history reads in order.
     */
    @Test
    void aBumpARestoreOrAReviewAfterALowerImportGoesAboveTheWholeHistory() {
        Post asImported = desk.posts().byReference(reference).post();
        SemVer imported = version();
        SemVer minor = desk.revisions().bump(reference, SemVer.Bump.MINOR, "a pass").post().meta().revisionOrEmpty().version();
        Post again = asImported.withBody(asImported.body() + "\n\nOne more paragraph from the writer's own copy.\n");
        desk.library().posts().importPosts(List.of(again), true);
        assertThat(version()).as("the import wrote the file's version").isEqualTo(imported);

        SemVer bumped = desk.revisions().bump(reference, SemVer.Bump.PATCH, "after the import").post().meta()
                .revisionOrEmpty().version();
        assertThat(bumped).isEqualTo(minor.bumpPatch());

        SemVer restored = desk.revisions().restore(reference, minor.toString()).post().meta().revisionOrEmpty().version();
        assertThat(restored).isEqualTo(bumped.bumpPatch());

        desk.library().posts().importPosts(List.of(again.withBody(again.body() + "And a last line.\n")), true);
        assertThat(desk.reviews().markReviewed(List.of(reference), SemVer.Bump.PATCH, "read it", "not what this test is about")
                .marked()).containsExactly(reference);
        assertThat(version()).isEqualTo(restored.bumpPatch());
    }
}
