package org.reviewdesk.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.testing.TempLibrary;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ReviewService;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;

/** The editor's review checklist on a real library: ticking shows, is stored, and lets the post be reviewed. */
class ReviewChecklistViewModelTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private Desk desk;
    private ReviewChecklistViewModel vm;
    private Post post;

    @BeforeEach
    void setUp() throws Exception {
        desk = library.desk();
        post = new PostSynthesizer(5, SynthProfile.CONSISTENT).post(0);
        desk.library().posts().importPosts(List.of(post), false);
        vm = new ReviewChecklistViewModel(desk::reviews, new SameThreadExecutor());
    }

    @Test
    void aLibraryWithoutAChecklistSaysHowToMakeOne() {
        vm.show(post.reference());
        assertThat(vm.items()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("review-desk settings review-checklist add");
    }

    @Test
    void tickingAnItemIsStoredAndLetsThePostBeMarkedReviewed() {
        desk.reviews().addChecklistItem("Links opened");
        vm.show(post.reference());
        assertThat(vm.items()).extracting(ReviewService.ChecklistItem::item, ReviewService.ChecklistItem::ticked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Links opened", false));
        assertThat(desk.reviews().reasonsNotReviewed(post.reference())).isNotEmpty();

        vm.setTicked("Links opened", true);

        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.ticked()).isTrue();
            assertThat(i.tickedBy()).isEqualTo(desk.reviews().user());
        });
        assertThat(desk.reviews().reasonsNotReviewed(post.reference())).isEmpty();
        vm.show(null);
        assertThat(vm.items()).isEmpty();
    }

    private final org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
    private ReviewChecklistViewModel panel;

    /** A checklist of one item, a second post, and a panel whose library answers wait: showing the first post's. */
    private Post secondPostWithTheChecklistShownForTheFirst() throws Exception {
        desk.reviews().addChecklistItem("Links opened");
        Post other = new PostSynthesizer(5, SynthProfile.CONSISTENT).post(1);
        desk.library().posts().importPosts(List.of(other), false);
        panel = new ReviewChecklistViewModel(desk::reviews, slow);
        panel.show(post.reference());
        slow.runNext();
        return other;
    }

    @Test
    void anotherPostsTicksAreNotShownUntilTheyAreRead() throws Exception {
        Post other = secondPostWithTheChecklistShownForTheFirst();
        panel.setTicked("Links opened", true);
        slow.runNext();
        slow.runNext();
        assertThat(panel.items()).singleElement().satisfies(i -> assertThat(i.ticked()).isTrue());

        panel.show(other.reference());

        assertThat(panel.items()).as("the first post's tick, before the library answers").isEmpty();
        slow.runNext();
        assertThat(panel.items()).singleElement().satisfies(i -> assertThat(i.ticked()).isFalse());
    }

    @Test
    void aTickGivenAsAnotherPostOpensDoesNotBringTheFirstPostsChecklistBack() throws Exception {
        Post other = secondPostWithTheChecklistShownForTheFirst();

        panel.setTicked("Links opened", true);
        panel.show(other.reference());
        while (slow.waiting() > 0) slow.runNext();

        assertThat(panel.items()).singleElement().satisfies(i -> assertThat(i.ticked()).as("the other post's item").isFalse());
        assertThat(desk.reviews().reasonsNotReviewed(post.reference())).as("the first post's tick is stored").isEmpty();
    }
}
