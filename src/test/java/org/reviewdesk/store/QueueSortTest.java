package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * A queue page in another order than priority, as a header click asks: the rows a user sees, in the order the
 * column says (ties by reference in the column's direction, absent values last), page after page, under the
 * queue's filters.
 */
class QueueSortTest {
    @TempDir
    Path dir;
    private Library library;
    private List<PostSummary> all;

    @BeforeEach
    void open() throws LibraryException {
        library = Library.open(org.reviewdesk.testing.TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec());
        PostSynthesizer synth = new PostSynthesizer(23);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 1200; i++) posts.add(synth.post(i));
        for (int i = 0; i < posts.size(); i += 100) library.posts().importPosts(posts.subList(i, i + 100), false);
        List<Long> ids = library.posts().ids();
        library.queue().assign(ids.subList(0, 300), "ana");
        library.queue().assign(ids.subList(300, 500), "bo");
        for (long id : ids.subList(500, 520)) library.posts().trash(id);
        all = library.posts().summaries(library.posts().ids());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void everyColumnEitherWayGivesTheRowsInItsOrderPageAfterPage() {
        QueueFilter filter = new QueueFilter(true, 40, null, null, null, null, null);
        List<PostSummary> matching = all.stream()
                .filter(p -> p.needsHumanReview() || (p.freshness() == null ? 101 : p.freshness()) <= 40).toList();
        check(filter, matching, QueueSort.Column.QUALITY, PostSummary::quality);
        check(filter, matching, QueueSort.Column.FRESHNESS, PostSummary::freshness);
        check(filter, matching, QueueSort.Column.VIEW_COUNT, PostSummary::viewCount);
        check(filter, matching, QueueSort.Column.LAST_REVIEWED, PostSummary::lastReviewed);
        check(filter, matching, QueueSort.Column.ASSIGNEE, PostSummary::assignee);
        check(filter, matching, QueueSort.Column.STATUS, PostSummary::status);
        check(filter, matching, QueueSort.Column.FINDINGS, PostSummary::findings);
    }

    @Test
    void furtherFiltersStillApply() {
        QueueFilter filter = new QueueFilter(false, 70, null, null, null, "ana", null);
        List<PostSummary> matching = all.stream()
                .filter(p -> (p.freshness() == null ? 101 : p.freshness()) <= 70 && "ana".equals(p.assignee())).toList();
        assertThat(matching).isNotEmpty();
        check(filter, matching, QueueSort.Column.QUALITY, PostSummary::quality);
        check(filter, matching, QueueSort.Column.VIEW_COUNT, PostSummary::viewCount);
    }

    @Test
    void titleAndVersionPagesFollowEachOtherWithoutGapsOrRepeats() {
        QueueFilter filter = new QueueFilter(false, null, null, null, null, null, null);
        for (QueueSort.Column column : List.of(QueueSort.Column.TITLE, QueueSort.Column.VERSION)) {
            for (boolean descending : List.of(false, true)) {
                QueueSort sort = new QueueSort(column, descending);
                List<Long> whole = ids(library.queue().page(filter, sort, 0, 2000));
                List<Long> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += 150) {
                    paged.addAll(ids(library.queue().page(filter, sort, offset, 150)));
                }
                assertThat(whole).hasSize(all.size());
                assertThat(paged).as(column + (descending ? " desc" : " asc")).isEqualTo(whole);
            }
        }
    }

    private <T extends Comparable<T>> void check(QueueFilter filter, List<PostSummary> matching, QueueSort.Column column,
                                                 Function<PostSummary, T> value) {
        for (boolean descending : List.of(false, true)) {
            Comparator<T> direction = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
            Comparator<PostSummary> ties = descending ? Comparator.comparing(PostSummary::reference).reversed()
                    : Comparator.comparing(PostSummary::reference);
            List<Long> expected = matching.stream()
                    .sorted(Comparator.comparing(value, Comparator.nullsLast(direction)).thenComparing(ties))
                    .map(PostSummary::id).toList();
            QueueSort sort = new QueueSort(column, descending);
            QueuePage first = library.queue().page(filter, sort, 0, 100);
            QueuePage second = library.queue().page(filter, sort, 100, 100);
            String what = column + (descending ? " desc" : " asc");
            assertThat(first.total()).as(what).isEqualTo(matching.size());
            assertThat(ids(first)).as(what).isEqualTo(expected.subList(0, Math.min(100, expected.size())));
            assertThat(ids(second)).as(what)
                    .isEqualTo(expected.subList(Math.min(100, expected.size()), Math.min(200, expected.size())));
            assertThat(first.rows().get(0)).as(what + ": the whole summary, not just its id")
                    .isEqualTo(all.stream().filter(p -> p.id() == expected.get(0)).findFirst().orElseThrow());
        }
    }

    private static List<Long> ids(QueuePage page) {
        return page.rows().stream().map(PostSummary::id).toList();
    }
}
