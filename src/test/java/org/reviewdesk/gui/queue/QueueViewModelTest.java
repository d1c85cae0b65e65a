package org.reviewdesk.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.testing.TempLibrary;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.synth.PostSynthesizer;

/** The queue's view model on a real library of 3,000 synthesized posts, with the same-thread executor. */
class QueueViewModelTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    @TempDir
    Path dir;
    private Desk desk;
    private QueueViewModel vm;
    private final List<Post> posts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        desk = library.desk();
        PostSynthesizer synth = new PostSynthesizer(99);
        for (int i = 0; i < 3000; i++) posts.add(synth.post(i));
        for (int i = 0; i < posts.size(); i += 100) desk.library().posts().importPosts(posts.subList(i, i + 100), false);
        vm = new QueueViewModel(new DeskQueueAccess(desk), new SameThreadExecutor());
    }

    @Test
    void theDefaultQueueIsNeedsReviewOrStaleInPriorityOrderWithCounts() {
        vm.refresh();
        long need = posts.stream().filter(p -> p.meta().flagsOrEmpty().needsReview()).count();
        long stale = posts.stream().filter(p -> p.meta().scoreOrEmpty().freshness() <= 60).count();
        long both = posts.stream().filter(p -> p.meta().flagsOrEmpty().needsReview() && p.meta().scoreOrEmpty().freshness() <= 60).count();
        assertThat(vm.totalProperty().get()).isEqualTo(need + stale - both);
        assertThat(vm.countsProperty().get()).contains(String.format("%,d need review", need)).contains(String.format("%,d stale", stale));
        assertThat(vm.rows()).hasSize(QueueViewModel.PAGE);
        assertThat(vm.rows().get(0).needsHumanReview()).isTrue();

        vm.loadMore();
        assertThat(vm.rows()).hasSize(2 * QueueViewModel.PAGE);
        assertThat(vm.rows().stream().map(PostSummary::id).distinct().count()).isEqualTo(2L * QueueViewModel.PAGE);
    }

    @Test
    void scrollingToTheEndWhileAHeaderClicksFirstPageIsOnItsWayLoadsNothingFromTheOldOrder() {
        org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
        List<Throwable> failures = new ArrayList<>();
        QueuePages pages = new QueuePages(new DeskQueueAccess(desk), slow, new SameThreadExecutor(), failures::add);
        org.reviewdesk.model.library.QueueFilter all = org.reviewdesk.model.library.QueueFilter.DEFAULT;
        pages.first(all, QueueSort.PRIORITY, QueueViewModel.PAGE);
        slow.runNext();
        QueueSort quality = new QueueSort(QueueSort.Column.QUALITY, true);

        pages.first(all, quality, QueueViewModel.PAGE);
        pages.more(all, quality, QueueViewModel.PAGE);

        assertThat(slow.waiting()).as("only the new order's first page is read").isEqualTo(1);
        slow.runNext();
        pages.more(all, quality, QueueViewModel.PAGE);
        slow.runNext();
        assertThat(failures).isEmpty();
        assertThat(pages.rows()).hasSize(2 * QueueViewModel.PAGE);
        assertThat(pages.rows().stream().map(PostSummary::id).distinct().count()).isEqualTo(2L * QueueViewModel.PAGE);
    }

    @Test
    void theFirstPageShowsItsRowsBeforeTheQueueIsCountedAndTheCountsFollow() {
        org.reviewdesk.gui.task.ManualExecutor libraryThread = new org.reviewdesk.gui.task.ManualExecutor();
        org.reviewdesk.gui.task.ManualExecutor counting = new org.reviewdesk.gui.task.ManualExecutor();
        List<Throwable> failures = new ArrayList<>();
        QueuePages pages = new QueuePages(new DeskQueueAccess(desk), libraryThread, counting, failures::add);
        org.reviewdesk.model.library.QueueFilter filter = org.reviewdesk.model.library.QueueFilter.DEFAULT;

        pages.first(filter, QueueSort.PRIORITY, QueueViewModel.PAGE);
        libraryThread.runNext();
        assertThat(pages.rows()).hasSize(QueueViewModel.PAGE);
        assertThat(pages.countsProperty().get()).isEqualTo(QueuePages.COUNTING);
        assertThat(counting.waiting()).isEqualTo(1);
        pages.more(filter, QueueSort.PRIORITY, QueueViewModel.PAGE);
        libraryThread.runNext();
        assertThat(pages.rows()).as("scrolling on does not wait for the count").hasSize(2 * QueueViewModel.PAGE);

        counting.runNext();
        long need = posts.stream().filter(p -> p.meta().flagsOrEmpty().needsReview()).count();
        assertThat(pages.countsProperty().get()).contains(String.format("%,d need review", need));
        int total = pages.totalProperty().get();
        assertThat(total).isGreaterThan(2 * QueueViewModel.PAGE);

        QueueSort quality = new QueueSort(QueueSort.Column.QUALITY, false);
        pages.first(filter, quality, QueueViewModel.PAGE);
        libraryThread.runNext();
        assertThat(counting.waiting()).as("a header click finds the queue counted").isZero();
        assertThat(pages.totalProperty().get()).isEqualTo(total);
        assertThat(failures).isEmpty();
    }

    @Test
    void afterAChangeTheCountsOfTheSameFilterStayUntilTheNewOnesCome() {
        org.reviewdesk.gui.task.ManualExecutor counting = new org.reviewdesk.gui.task.ManualExecutor();
        QueuePages pages = new QueuePages(new DeskQueueAccess(desk), new SameThreadExecutor(), counting, e -> { });
        org.reviewdesk.model.library.QueueFilter filter = org.reviewdesk.model.library.QueueFilter.DEFAULT;
        pages.first(filter, QueueSort.PRIORITY, QueueViewModel.PAGE);
        counting.runNext();
        String before = pages.countsProperty().get();
        int totalBefore = pages.totalProperty().get();
        PostSummary top = pages.rows().get(0);
        desk.queue().setFreshness(List.of(top.id()), 100);
        desk.library().queue().markReviewed(List.of(top.id()), java.time.LocalDate.now(), null, "taken out of the queue");

        pages.first(filter, QueueSort.PRIORITY, QueueViewModel.PAGE);
        assertThat(pages.rows()).extracting(PostSummary::id).doesNotContain(top.id());
        assertThat(pages.countsProperty().get()).as("the counts of a moment ago, not \"counting\"").isEqualTo(before);
        counting.runNext();
        assertThat(pages.totalProperty().get()).isEqualTo(totalBefore - 1);
        assertThat(pages.countsProperty().get()).contains(String.format("%,d in the queue", totalBefore - 1));
    }

    @Test
    void aSortedQueueScrolledToItsEndShowsEveryPostOnceInItsOrder() {
        vm.filters().needsReviewProperty().set(false);
        vm.filters().staleOnProperty().set(false);
        vm.sortProperty().set(new QueueSort(QueueSort.Column.QUALITY, true));
        vm.refreshRows();
        while (vm.rows().size() < vm.totalProperty().get()) {
            int before = vm.rows().size();
            vm.loadMore();
            assertThat(vm.rows().size()).as("a page came").isGreaterThan(before);
        }
        assertThat(vm.rows()).hasSize(posts.size());
        assertThat(vm.rows().stream().map(PostSummary::id).distinct().count()).isEqualTo(posts.size());
        for (int i = 1; i < vm.rows().size(); i++) {
            PostSummary above = vm.rows().get(i - 1);
            PostSummary row = vm.rows().get(i);
            assertThat(row.quality()).as("row " + i).isLessThanOrEqualTo(above.quality());
            if (row.quality().equals(above.quality())) assertThat(row.reference()).isLessThan(above.reference());
        }
    }

    @Test
    void aHiddenQueueReadsNothingAndLoadsWhenItShows() {
        vm.showingProperty().set(false);
        vm.refresh();
        vm.filters().thresholdProperty().set(30);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.countsProperty().get()).isEmpty();

        vm.showingProperty().set(true);
        assertThat(vm.rows()).hasSize(QueueViewModel.PAGE);
        assertThat(vm.countsProperty().get()).contains("need review");
    }

    @Test
    void movingTheThresholdOrSwitchingAFilterOffChangesTheQueue() {
        vm.filters().needsReviewProperty().set(false);
        vm.filters().thresholdProperty().set(10);
        vm.refresh();
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.freshness()).isLessThanOrEqualTo(10));
        vm.filters().staleOnProperty().set(false);
        vm.refresh();
        assertThat(vm.totalProperty().get()).isEqualTo(posts.size());
        vm.sortProperty().set(new QueueSort(QueueSort.Column.VIEW_COUNT, true));
        vm.refresh();
        assertThat(vm.rows().get(0).viewCount()).isGreaterThanOrEqualTo(vm.rows().get(1).viewCount());
    }

    @Test
    void markReviewedEmptiesTheNeedsReviewCountAndUndoBringsItBack() {
        vm.filters().staleOnProperty().set(false);
        vm.refresh();
        int before = vm.totalProperty().get();
        List<Long> first = vm.rows().subList(0, 5).stream().map(PostSummary::id).toList();
        vm.markReviewed(first, null);
        assertThat(vm.totalProperty().get()).isEqualTo(before - 5);
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.totalProperty().get()).isEqualTo(before);
        assertThat(vm.messageProperty().get()).startsWith("Undone");
    }

    @Test
    void aPostShortOfTheChecklistIsRefusedWithItsReasonsAndMayBeMarkedAnywayWithAReason() {
        vm.filters().staleOnProperty().set(false);
        vm.refresh();
        List<Long> first = vm.rows().subList(0, 3).stream().map(PostSummary::id).toList();
        for (long id : first.subList(1, 3)) {
            String ref = desk.library().posts().find(id).orElseThrow().post().reference();
            assertThat(desk.reviews().reasonsNotReviewed(ref)).as("the synthesized post %s is ready", ref).isEmpty();
        }
        desk.reviews().addChecklistItem("Code run");
        String refused = desk.library().posts().find(first.get(0)).orElseThrow().post().reference();
        for (long id : first.subList(1, 3)) {
            desk.reviews().tick(desk.library().posts().find(id).orElseThrow().post().reference(), "Code run", true);
        }
        int before = vm.totalProperty().get();

        vm.markReviewed(first, null);

        assertThat(vm.totalProperty().get()).isEqualTo(before - 2);
        assertThat(vm.refusedProperty().get()).isNotNull();
        assertThat(vm.refusedProperty().get().refusals()).singleElement()
                .satisfies(r -> assertThat(r.reference()).isEqualTo(refused));
        assertThat(vm.refusedProperty().get().describe())
                .isEqualTo(refused + "\n  \u2022 review checklist: \u201cCode run\u201d is not ticked");
        assertThat(vm.messageProperty().get()).isEqualTo("2 posts marked reviewed; 1 refused: " + refused + ".");

        assertThat(vm.markRefusedAnyway("  ")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Marking reviewed anyway needs a reason.");
        assertThat(vm.totalProperty().get()).isEqualTo(before - 2);

        assertThat(vm.markRefusedAnyway("ran it on the staging cluster")).isTrue();
        assertThat(vm.refusedProperty().get()).isNull();
        assertThat(vm.totalProperty().get()).isEqualTo(before - 3);
        assertThat(vm.messageProperty().get()).startsWith("1 post marked reviewed anyway.");
        assertThat(desk.revisions().history(refused).get(0).note()).contains("ran it on the staging cluster");
    }

    @Test
    void aSavedViewKeepsItsFiltersInTheLibrary() {
        vm.filters().needsReviewProperty().set(false);
        vm.filters().thresholdProperty().set(15);
        vm.filters().statusProperty().set("drafted");
        vm.saveView("stale drafts");
        QueueViewModel other = new QueueViewModel(new DeskQueueAccess(desk), new SameThreadExecutor());
        other.loadViews();
        assertThat(other.views()).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("stale drafts"));
        other.apply(other.views().get(0));
        assertThat(other.filters().thresholdProperty().get()).isEqualTo(15);
        assertThat(other.rows()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("drafted");
            assertThat(r.freshness()).isLessThanOrEqualTo(15);
        });
        other.deleteView("stale drafts");
        assertThat(other.views()).isEmpty();
    }

    @Test
    void theWholeQueueExportsAsCsvAndJson() throws Exception {
        vm.refresh();
        Path csv = dir.resolve("queue.csv");
        vm.export(csv, true, n -> { });
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(vm.totalProperty().get() + 1);
        assertThat(lines.get(0)).startsWith("reference,title,needs_human_review,freshness");
        Path json = dir.resolve("queue.json");
        vm.export(json, false, n -> { });
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).size()).isEqualTo(vm.totalProperty().get());
    }
}
