package org.reviewdesk.gui.queue;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.LatestValueJob;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.QueueTotals;

/**
 * The queue's rows as far as they are loaded, page after page in the queue's order as the table scrolls (each page
 * read from where the last one ended, never by passing over the rows before it), with the total and the live
 * counts. An answer that arrives after a newer first page was asked for is dropped. The first page's rows do not wait
 * for a count the library has not made since its last change: the counts follow, read beside the library thread.
 */
final class QueuePages {
    static final String COUNTING = "counting the queue\u2026";

    private final QueueAccess access;
    private final BackgroundExecutor executor;
    /** Reads the totals a first page came without: one at a time, the newest request next. */
    private final LatestValueJob<TotalsRequest, QueueTotals> counting;
    private final Consumer<Throwable> failed;
    private final ObservableList<PostSummary> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private long generation;
    /** The filter of the rows on screen, and the generation of the totals shown beside them. */
    private QueueFilter shownFilter;
    private long totalsGeneration;
    /** The generation of the rows on screen: behind {@link #generation} while a new first page is on its way. */
    private long shownGeneration;
    private boolean loadingMore;
    private QueueCursor next;

    QueuePages(QueueAccess access, BackgroundExecutor executor, BackgroundExecutor counting, Consumer<Throwable> failed) {
        this.access = access;
        this.executor = executor;
        this.counting = new LatestValueJob<>(counting, r -> access.totals(r.filter()), r -> {
            if (r.input().filter().equals(shownFilter)) showTotals(r.input().generation(), r.output());
        }, failed);
        this.failed = failed;
    }

    /** Reads the first page again; an older answer still on its way is ignored. */
    void first(QueueFilter filter, QueueSort sort, int limit) {
        long mine = ++generation;
        executor.submit(() -> access.firstRows(filter, sort, limit), page -> {
            if (mine != generation) return;
            shownGeneration = mine;
            QueueFilter before = shownFilter;
            shownFilter = filter;
            access.pageShown(page);
            rows.setAll(page.rows());
            next = page.next();
            if (page.counted()) {
                showTotals(mine, page.totals());
            } else {
                count(mine, filter, filter.equals(before));
            }
        }, failed::accept);
    }

    /**
     * Reads the totals the first page came without. Until they come, the counts of the same filter stay (a moment
     * old), and those of another filter give way to "counting".
     */
    private void count(long mine, QueueFilter filter, boolean sameFilter) {
        total.set(QueuePage.UNCOUNTED);
        if (!sameFilter) counts.set(COUNTING);
        counting.request(new TotalsRequest(mine, filter));
    }

    private record TotalsRequest(long generation, QueueFilter filter) {
    }

    /**
     * The next page, unless one is on its way, every row is loaded, or a new first page is on its way (the rows on
     * screen are of the filter or order before: a page after them would be read from the wrong place).
     */
    void more(QueueFilter filter, QueueSort sort, int limit) {
        if (loadingMore || shownGeneration != generation) return;
        if (total.get() == QueuePage.UNCOUNTED ? next == null : rows.size() >= total.get()) return;
        loadingMore = true;
        long mine = generation;
        int offset = rows.size();
        QueueCursor after = next;
        executor.submit(() -> access.pageAfter(filter, sort, after, offset, limit), page -> {
            loadingMore = false;
            if (mine != generation) return;
            access.pageShown(page);
            rows.addAll(page.rows());
            next = page.next();
            showTotals(mine, page.totals());
        }, e -> {
            loadingMore = false;
            failed.accept(e);
        });
    }

    /** Totals read for the first page of {@code mine}; none older than those shown replaces them. */
    private void showTotals(long mine, QueueTotals totals) {
        if (mine < totalsGeneration) return;
        totalsGeneration = mine;
        total.set(totals.total());
        counts.set(String.format("%,d need review · %,d stale · %,d both — %,d in the queue",
                totals.counts().needReview(), totals.counts().stale(), totals.counts().both(), totals.total()));
    }

    ObservableList<PostSummary> rows() {
        return rows;
    }

    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
