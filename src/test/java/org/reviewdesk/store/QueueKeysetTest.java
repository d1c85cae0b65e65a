package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * The queue scrolled page after page, each page read from where the last ended (keyset paging), in every order
 * either way: the same rows as pages read by offset and as the order says, across ties (statuses, findings, the
 * many posts of one assignee) and posts without a value (no score, no status, no views, nobody assigned), which
 * come last either way. Pages of 37 rows end in the middle of ties.
 */
class QueueKeysetTest {
    private static final int PAGE = 37;

    @TempDir
    Path dir;
    private Library library;
    private List<PostSummary> all;

    @BeforeEach
    void open() throws LibraryException {
        library = Library.open(dir, new JsonSnapshotCodec());
        PostSynthesizer synth = new PostSynthesizer(31);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 400; i++) posts.add(synth.post(i));
        // Posts whose meta box says nothing: every sorted column but the title is absent (or zero).
        for (int i = 0; i < 45; i++) {
            posts.add(new Post("Bare draft " + (i % 7), "A body.", Meta.EMPTY.toBuilder().reference("bare-" + (i * 7919 % 45)).build()));
        }
        library.posts().importPosts(posts, false);
        List<Long> ids = library.posts().ids();
        library.queue().assign(ids.subList(0, 120), "ana");
        library.queue().assign(ids.subList(120, 150), "bo");
        library.queue().flagForReview(ids.subList(400, 420));
        for (long id : ids.subList(150, 160)) library.posts().trash(id);
        all = library.posts().summaries(library.posts().ids());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theFirstRowsComeWithoutACountUntilTheQueueWasCountedSinceTheLastChange() {
        QueueFilter filter = QueueFilter.DEFAULT;
        QueueSort quality = new QueueSort(QueueSort.Column.QUALITY, true);
        QueuePage first = library.queue().firstRows(filter, quality, PAGE);
        assertThat(first.counted()).isFalse();
        assertThat(first.rows()).isEqualTo(library.queue().page(filter, quality, 0, PAGE).rows());

        var totals = library.queue().totals(filter);
        assertThat(totals.total()).isEqualTo(library.queue().count(filter)).isGreaterThan(PAGE);
        assertThat(library.queue().firstRows(filter, quality, PAGE).totals()).isEqualTo(totals);
        assertThat(library.queue().firstRows(new QueueFilter(true, 30, null, null, null, null, null), quality, PAGE)
                .counted()).as("another threshold is counted from the same histogram").isTrue();

        library.queue().flagForReview(List.of(all.get(0).id()));
        assertThat(library.queue().firstRows(filter, quality, PAGE).counted()).as("a change needs a new count").isFalse();
    }

    @Test
    void everyOrderEitherWayPagesAfterItsLastRowExactlyAsByOffset() {
        List<QueueFilter> filters = List.of(QueueFilter.ALL, new QueueFilter(true, 40, null, null, null, null, null),
                new QueueFilter(false, null, null, null, null, "ana", null));
        for (QueueFilter filter : filters) {
            for (QueueSort.Column column : QueueSort.Column.values()) {
                for (boolean descending : column == QueueSort.Column.PRIORITY ? new boolean[] {false} : new boolean[] {false, true}) {
                    QueueSort sort = new QueueSort(column, descending);
                    String what = sort + " under " + filter;
                    List<Long> byKeyset = byKeyset(filter, sort);
                    assertThat(byKeyset).as(what).isEqualTo(byOffset(filter, sort)).doesNotHaveDuplicates();
                    assertThat(byKeyset).as(what).hasSize(library.queue().count(filter));
                }
            }
        }
    }

    @Test
    void eachColumnsOrderHasTiesByReferenceAndAbsentValuesLast() {
        Predicate<PostSummary> everyPost = p -> true;
        expect(everyPost, QueueSort.Column.QUALITY, PostSummary::quality);
        expect(everyPost, QueueSort.Column.STATUS, PostSummary::status);
        expect(everyPost, QueueSort.Column.FRESHNESS, PostSummary::freshness);
        expect(everyPost, QueueSort.Column.VIEW_COUNT, PostSummary::viewCount);
        expect(everyPost, QueueSort.Column.LAST_REVIEWED, PostSummary::lastReviewed);
        expect(everyPost, QueueSort.Column.ASSIGNEE, PostSummary::assignee);
        expect(everyPost, QueueSort.Column.FINDINGS, PostSummary::findings);
        expect(everyPost, QueueSort.Column.READABILITY, PostSummary::readingEase);
        expect(everyPost, QueueSort.Column.OPEN_COMMENTS, PostSummary::openComments);
        expect(everyPost, QueueSort.Column.TITLE, p -> p.title().toLowerCase(Locale.ROOT));
        assertThat(all.stream().filter(p -> p.quality() == null).count()).as("posts without a score").isEqualTo(45);
    }

    @Test
    void thePriorityOrderPagesOnThroughEveryPostItSelects() {
        QueueFilter filter = new QueueFilter(true, 70, null, null, null, null, null);
        List<Long> expected = all.stream()
                .filter(p -> p.needsHumanReview() || (p.freshness() == null ? 101 : p.freshness()) <= 70)
                .sorted(Comparator.comparing(PostSummary::needsHumanReview).reversed()
                        .thenComparing(p -> p.freshness() == null ? 101 : p.freshness())
                        .thenComparing(p -> p.viewCount() == null ? -1L : p.viewCount(), Comparator.reverseOrder())
                        .thenComparing(PostSummary::id))
                .map(PostSummary::id).toList();
        assertThat(byKeyset(filter, QueueSort.PRIORITY)).isEqualTo(expected);
    }

    @Test
    void aPageSaysNoNextPageAfterTheLastRow() {
        QueueSort sort = new QueueSort(QueueSort.Column.QUALITY, true);
        QueuePage whole = library.queue().pageAfter(QueueFilter.ALL, sort, null, 1000);
        assertThat(whole.next()).isNull();
        QueuePage first = library.queue().pageAfter(QueueFilter.ALL, sort, null, 10);
        assertThat(first.next()).isNotNull();
        assertThat(first.total()).isEqualTo(whole.rows().size());
    }

    private <T extends Comparable<T>> void expect(Predicate<PostSummary> filter, QueueSort.Column column,
                                                  Function<PostSummary, T> value) {
        for (boolean descending : new boolean[] {false, true}) {
            Comparator<T> direction = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
            Comparator<PostSummary> ties = descending ? Comparator.comparing(PostSummary::reference).reversed()
                    : Comparator.comparing(PostSummary::reference);
            List<Long> expected = all.stream().filter(filter)
                    .sorted(Comparator.comparing(value, Comparator.nullsLast(direction)).thenComparing(ties))
                    .map(PostSummary::id).toList();
            QueueSort sort = new QueueSort(column, descending);
            assertThat(byKeyset(QueueFilter.ALL, sort)).as(sort.toString()).isEqualTo(expected);
        }
    }

    private List<Long> byKeyset(QueueFilter filter, QueueSort sort) {
        List<Long> ids = new ArrayList<>();
        QueueCursor after = null;
        do {
            QueuePage page = library.queue().pageAfter(filter, sort, after, PAGE);
            page.rows().forEach(r -> ids.add(r.id()));
            after = page.next();
        } while (after != null);
        return ids;
    }

    private List<Long> byOffset(QueueFilter filter, QueueSort sort) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PostSummary> rows = library.queue().page(filter, sort, offset, PAGE).rows();
            rows.forEach(r -> ids.add(r.id()));
            if (rows.size() < PAGE) return ids;
        }
    }
}
