package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.testing.TempLibrary;

/** The queue narrowed by what matters: a finding's check and severity, score bounds, the assignee; counts per check. */
class QueueFilterTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private Desk desk;

    private static Post post(String ref, Integer quality, String body) {
        return new Post("Post " + ref, body, Meta.builder().reference(ref).score(new Score(quality, 50, 40, 70)).build());
    }

    @BeforeEach
    void posts() {
        String repeated = "# Caching\n\nMeasure the slow query before you cache it. The cache hides the cost.\n\n"
                + "Measure the slow query before you cache it. Then decide.\n";
        String plain = "# Queues\n\nA queue smooths bursts of writes. Watch its lag.\n";
        desk = library.with(List.of(post("a", 50, repeated), post("b", 80, repeated), post("c", null, plain)));
        desk.checks().recheckAll(n -> { });
        desk.queue().assignByReference(List.of("b"), "Ada");
    }

    private List<String> refs(QueueFilter filter) {
        return desk.queue().page(filter, QueueSort.PRIORITY, 0, 50).rows().stream().map(PostSummary::reference).sorted().toList();
    }

    @Test
    void aCheckIdNarrowsToPostsWithThatOpenFinding() {
        assertThat(refs(QueueFilter.ALL.withFindings(List.of("repeated-sentence"), List.of()))).containsExactly("a", "b");
        assertThat(desk.queue().findingCounts(QueueFilter.ALL)).containsEntry("repeated-sentence", 2);
        long id = desk.posts().byReference("a").id();
        desk.findings().list(id).stream().filter(f -> f.checkId().equals("repeated-sentence"))
                .forEach(f -> desk.findings().dismiss(f.id(), "quoted on purpose"));
        assertThat(refs(QueueFilter.ALL.withFindings(List.of("repeated-sentence"), List.of()))).as("dismissed ones do not count")
                .containsExactly("b");
        assertThat(desk.queue().findingCounts(QueueFilter.ALL)).containsEntry("repeated-sentence", 1);
    }

    @Test
    void theCountsPerCheckFollowDismissalsTheTrashAndANewCheck() throws Exception {
        long a = desk.posts().byReference("a").id();
        var repeated = desk.findings().list(a).stream().filter(f -> f.checkId().equals("repeated-sentence")).toList();
        repeated.forEach(f -> desk.findings().dismiss(f.id(), "quoted on purpose"));
        assertThat(desk.queue().findingCounts(QueueFilter.ALL)).containsEntry("repeated-sentence", 1);
        repeated.forEach(f -> desk.findings().undismiss(f.id()));
        assertThat(desk.queue().findingCounts(QueueFilter.ALL)).as("taken back, it counts again")
                .containsEntry("repeated-sentence", 2);

        desk.posts().trash(List.of("b"));
        assertThat(desk.queue().findingCounts(QueueFilter.ALL)).as("a post in the trash is not in the queue")
                .containsEntry("repeated-sentence", 1);

        var open = desk.edits().open(a);
        desk.edits().save(a, open.rowVersion(), open.post().withBody("# Caching\n\nSaid once.\n"),
                org.reviewdesk.model.FieldDrafts.NONE);
        desk.checks().recheckAll(n -> { });
        assertThat(desk.queue().findingCounts(QueueFilter.ALL)).as("checked again without the repetition")
                .doesNotContainKey("repeated-sentence");
    }

    @Test
    void qualityUnder60WithARepeatedSentenceUnassigned() {
        QueueFilter filter = new QueueFilter(false, null, null, null, null, "", null)
                .withFindings(List.of("repeated-sentence"), List.of())
                .withRanges(QueueFilter.Range.atMost(59), QueueFilter.Range.ANY, QueueFilter.Range.ANY, QueueFilter.Range.ANY);
        assertThat(refs(filter)).containsExactly("a");
        assertThat(desk.queue().page(filter, QueueSort.PRIORITY, 0, 50).total()).isEqualTo(1);
        assertThat(refs(QueueFilter.ALL.withRanges(new QueueFilter.Range(60, null), QueueFilter.Range.ANY,
                QueueFilter.Range.ANY, QueueFilter.Range.ANY))).containsExactly("b");
        assertThat(desk.queue().assignees()).containsExactly("Ada");
    }

    @Test
    void aSavedViewKeepsTheNewFilters() {
        QueueFilter filter = QueueFilter.ALL.withFindings(List.of("repeated-sentence"), List.of("warning"))
                .withRanges(QueueFilter.Range.atMost(59), new QueueFilter.Range(10, null), QueueFilter.Range.ANY,
                        QueueFilter.Range.atMost(12));
        QueueSort byQuality = new QueueSort(QueueSort.Column.QUALITY, true);
        desk.queue().saveView(new org.reviewdesk.model.library.SavedView("thin", filter, byQuality));
        assertThat(desk.queue().views()).singleElement().satisfies(v -> {
            assertThat(v.filter()).isEqualTo(filter);
            assertThat(v.sort()).isEqualTo(byQuality);
        });
    }
}
