package org.reviewdesk.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.service.Desk;
import org.reviewdesk.testing.TempLibrary;

/** The queue's second row of filters as a reviewer uses it: a finding, a score bound, the assignee; and the counts. */
class QueueFiltersTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private QueueViewModel queue;

    private static Post post(String ref, Integer quality, String body) {
        return new Post("Post " + ref, body, Meta.builder().reference(ref).score(new Score(quality, 90, 40, 70)).build());
    }

    @BeforeEach
    void queue() {
        String repeated = "# Caching\n\nMeasure the slow query before you cache it. The cache hides the cost.\n\n"
                + "Measure the slow query before you cache it. Then decide.\n";
        Desk desk = library.with(List.of(post("a", 50, repeated), post("b", 80, repeated), post("c", 40, "# Queues\n\nWatch the lag.\n")));
        desk.checks().recheckAll(n -> { });
        desk.queue().assignByReference(List.of("b"), "Ada");
        queue = new QueueViewModel(new DeskQueueAccess(desk), new SameThreadExecutor());
        queue.filters().needsReviewProperty().set(false);
        queue.filters().staleOnProperty().set(false);
        queue.showingProperty().set(true);
        queue.refresh();
    }

    private List<String> shown() {
        return queue.rows().stream().map(PostSummary::reference).sorted().toList();
    }

    @Test
    void qualityUnder60WithARepeatedSentenceUnassigned() {
        assertThat(shown()).containsExactly("a", "b", "c");
        assertThat(queue.filters().checkChoices()).contains("repeated-sentence");
        assertThat(queue.filters().findingCountsProperty().get()).contains("repeated-sentence 2");
        assertThat(queue.filters().assigneeChoices()).containsExactly("", QueueFilters.UNASSIGNED, QueueFilters.ME, "Ada");

        queue.filters().checks().setAll("repeated-sentence");
        queue.filters().maxQualityProperty().set("59");
        queue.filters().assigneeProperty().set(QueueFilters.UNASSIGNED);
        queue.refresh();
        assertThat(shown()).containsExactly("a");

        queue.filters().assigneeProperty().set("Ada");
        queue.filters().maxQualityProperty().set("");
        queue.refresh();
        assertThat(shown()).containsExactly("b");
    }

    @Test
    void aSavedViewPutsBackEveryFilter() {
        QueueFilter saved = new QueueFilter(false, null, null, "advanced", null, "", null)
                .withFindings(List.of("repeated-sentence"), List.of("warning"))
                .withRanges(QueueFilter.Range.atMost(59), QueueFilter.Range.atMost(50), QueueFilter.Range.atMost(80),
                        QueueFilter.Range.atMost(12))
                .withReadingEase(QueueFilter.Range.atMost(30));
        queue.apply(new org.reviewdesk.model.library.SavedView("thin", saved,
                new org.reviewdesk.model.library.QueueSort(org.reviewdesk.model.library.QueueSort.Column.QUALITY, true)));
        assertThat(queue.sortProperty().get().column()).isEqualTo(org.reviewdesk.model.library.QueueSort.Column.QUALITY);
        assertThat(queue.filters().assigneeProperty().get()).isEqualTo(QueueFilters.UNASSIGNED);
        assertThat(queue.filters().checkChoices()).contains("repeated-sentence");
        assertThat(queue.filters().filter()).isEqualTo(saved);
    }

    @Test
    void aReadingEaseBoundKeepsThePostsThatReadHarder() {
        // the prose of "a" and "b" (the same body) reads at 91, of "c" ("Watch the lag.") at 119
        queue.filters().maxReadingEaseProperty().set("100");
        queue.refresh();
        assertThat(shown()).containsExactly("a", "b");
        assertThat(queue.rows()).allSatisfy(r -> assertThat(r.readingEase()).isLessThanOrEqualTo(100));
        queue.filters().maxReadingEaseProperty().set("");
        queue.refresh();
        assertThat(shown()).containsExactly("a", "b", "c");
    }

    @Test
    void aSlowCountNeverHoldsUpTheRowsAndNeverShowsAnotherFiltersCounts() {
        org.reviewdesk.gui.task.ManualExecutor counting = new org.reviewdesk.gui.task.ManualExecutor();
        QueueViewModel slow = new QueueViewModel(new DeskQueueAccess(library.desk()), new SameThreadExecutor(), counting);
        slow.filters().needsReviewProperty().set(false);
        slow.filters().staleOnProperty().set(false);
        slow.showingProperty().set(true);
        slow.refresh();
        assertThat(slow.rows()).as("the rows come while the count is still being read").hasSize(3);
        assertThat(slow.filters().findingCountsProperty().get()).isEqualTo(QueueFilters.COUNTING);

        slow.filters().maxQualityProperty().set("45");
        slow.refresh();
        slow.filters().maxQualityProperty().set("59");
        slow.refresh();
        assertThat(slow.rows()).extracting(PostSummary::reference).containsExactlyInAnyOrder("a", "c");
        assertThat(counting.waiting()).as("one count of each kind at a time: the queue's total and the per-check counts")
                .isEqualTo(2);

        counting.runNext();
        counting.runNext();
        assertThat(slow.countsProperty().get())
                .as("the first filter's total is not shown for the newest filter").isEqualTo(QueuePages.COUNTING);
        assertThat(slow.filters().findingCountsProperty().get())
                .as("the first filter's counts are not shown for the newest filter").isEqualTo(QueueFilters.COUNTING);
        assertThat(counting.waiting()).as("only the newest filter asked for meanwhile is read next").isEqualTo(2);
        counting.runNext();
        counting.runNext();
        assertThat(slow.filters().findingCountsProperty().get()).contains("repeated-sentence 1").doesNotContain("repeated-sentence 2");
        assertThat(slow.countsProperty().get()).endsWith("2 in the queue");
        assertThat(slow.totalProperty().get()).isEqualTo(2);
        assertThat(counting.waiting()).isZero();
    }
}
