package org.reviewdesk.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.queue.QueueKeys.Key;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCounts;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.SavedView;
import org.reviewdesk.model.library.TriageResult;
import org.reviewdesk.model.library.UndoToken;
import org.reviewdesk.service.ReviewService;

/** What J, K, Enter, R and Ctrl+Z do in the queue's table: which post is selected or opened afterwards. */
class QueueKeysTest {
    private final FourPosts library = new FourPosts();
    private final QueueViewModel vm = new QueueViewModel(library, new SameThreadExecutor());
    private final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        vm.onOpenProperty().set(opened::add);
        vm.refresh();
    }

    @Test
    void jAndKMoveOneRowAndStopAtTheEnds() {
        assertThat(vm.keys().press(Key.NEXT, -1, List.of())).as("J with nothing selected: the first post").hasValue(0);
        assertThat(vm.keys().press(Key.NEXT, 1, ids(1))).hasValue(2);
        assertThat(vm.keys().press(Key.NEXT, 3, ids(3))).as("J on the last post stays there").hasValue(3);
        assertThat(vm.keys().press(Key.PREVIOUS, 2, ids(2))).hasValue(1);
        assertThat(vm.keys().press(Key.PREVIOUS, 0, ids(0))).as("K on the first post stays there").hasValue(0);
        assertThat(Key.NEXT.movesSelection()).isTrue();
        assertThat(Key.PREVIOUS.movesSelection()).isTrue();
        assertThat(opened).isEmpty();
    }

    @Test
    void enterOpensTheSelectedPostAndKeepsTheSelection() {
        long second = vm.rows().get(1).id();

        assertThat(vm.keys().press(Key.OPEN, 1, ids(1))).hasValue(1);

        assertThat(opened).containsExactly(second);
        assertThat(Key.OPEN.movesSelection()).isFalse();
    }

    @Test
    void enterWithNothingSelectedOpensNothingAndLeavesTheKeyToTheTable() {
        assertThat(vm.keys().press(Key.OPEN, -1, List.of())).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void rMarksTheSelectedPostReviewedAndGoesToTheNextOne() {
        List<PostSummary> shown = List.copyOf(vm.rows());

        OptionalInt next = vm.keys().press(Key.MARK_REVIEWED, 1, ids(1));

        assertThat(next).isPresent();
        assertThat(shown.get(next.getAsInt()).title()).as("the post after the one marked").isEqualTo("C");
        assertThat(library.reviewed).containsExactly(shown.get(1).id());
        assertThat(vm.rows()).extracting(PostSummary::title).containsExactly("A", "C", "D");
        assertThat(vm.canUndoProperty().get()).isTrue();
    }

    @Test
    void rWithNothingSelectedMarksNothing() {
        assertThat(vm.keys().press(Key.MARK_REVIEWED, -1, List.of())).isEmpty();
        assertThat(library.reviewed).isEmpty();
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void ctrlZPutsTheMarkedPostBackAndKeepsTheSelection() {
        vm.keys().press(Key.MARK_REVIEWED, 0, ids(0));
        assertThat(vm.rows()).extracting(PostSummary::title).containsExactly("B", "C", "D");

        assertThat(vm.keys().press(Key.UNDO, 0, ids(0))).hasValue(0);

        assertThat(Key.UNDO.movesSelection()).isFalse();
        assertThat(vm.rows()).extracting(PostSummary::title).containsExactly("A", "B", "C", "D");
        assertThat(vm.messageProperty().get()).startsWith("Undone");
    }

    private List<Long> ids(int row) {
        return List.of(vm.rows().get(row).id());
    }

    /** A queue of posts A to D; marking one reviewed takes it out of the queue, and undo puts it back. */
    private static final class FourPosts implements QueueAccess {
        final Set<Long> reviewed = new LinkedHashSet<>();
        private final List<PostSummary> posts = List.of(post(11, "A"), post(12, "B"), post(13, "C"), post(14, "D"));
        private final Deque<List<Long>> marks = new ArrayDeque<>();

        private static PostSummary post(long id, String title) {
            return new PostSummary(id, "ref-" + title, title, "drafted", "1.0.0", 40, 3, true, null, null, null, 0);
        }

        @Override
        public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
            List<PostSummary> rows = posts.stream().filter(p -> !reviewed.contains(p.id())).toList();
            return new QueuePage(rows, rows.size(), new QueueCounts(rows.size(), rows.size(), rows.size()));
        }

        @Override
        public TriageResult<ReviewService.Outcome> markReviewed(List<Long> ids, SemVer.Bump bumpOrNull, String overrideReason) {
            reviewed.addAll(ids);
            marks.push(ids);
            return new TriageResult<>(new ReviewService.Outcome(ids.stream().map(String::valueOf).toList(), List.of(),
                    new UndoToken("mark reviewed", List.of())), List.of());
        }

        @Override
        public void undo(UndoToken token) {
            marks.pop().forEach(reviewed::remove);
        }

        @Override
        public TriageResult<UndoToken> flagForReview(List<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TriageResult<UndoToken> assign(List<Long> ids, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TriageResult<UndoToken> setFreshness(List<Long> ids, int freshness) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SavedView> views() {
            return List.of();
        }

        @Override
        public void saveView(String name, QueueFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteView(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int export(QueueFilter filter, QueueSort sort, Path file, boolean csv) {
            throw new UnsupportedOperationException();
        }
    }
}
