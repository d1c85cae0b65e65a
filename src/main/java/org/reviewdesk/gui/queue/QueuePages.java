package org.reviewdesk.gui.queue;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;

/**
 * The queue's rows as far as they are loaded, page after page in the queue's order as the table scrolls (each page
 * read from where the last one ended, never by passing over the rows before it), with the total and the live
 * counts. An answer that arrives after a newer first page was asked for is dropped.
 */
final class QueuePages {
    private final QueueAccess access;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> failed;
    private final ObservableList<PostSummary> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private long generation;
    /** The generation of the rows on screen: behind {@link #generation} while a new first page is on its way. */
    private long shownGeneration;
    private boolean loadingMore;
    private QueueCursor next;

    QueuePages(QueueAccess access, BackgroundExecutor executor, Consumer<Throwable> failed) {
        this.access = access;
        this.executor = executor;
        this.failed = failed;
    }

    /** Reads the first page again; an older answer still on its way is ignored. */
    void first(QueueFilter filter, QueueSort sort, int limit) {
        long mine = ++generation;
        executor.submit(() -> access.page(filter, sort, 0, limit), page -> {
            if (mine != generation) return;
            shownGeneration = mine;
            access.pageShown(page);
            rows.setAll(page.rows());
            show(page);
        }, failed::accept);
    }

    /**
     * The next page, unless one is on its way, every row is loaded, or a new first page is on its way (the rows on
     * screen are of the filter or order before: a page after them would be read from the wrong place).
     */
    void more(QueueFilter filter, QueueSort sort, int limit) {
        if (loadingMore || rows.size() >= total.get() || shownGeneration != generation) return;
        loadingMore = true;
        long mine = generation;
        int offset = rows.size();
        QueueCursor after = next;
        executor.submit(() -> access.pageAfter(filter, sort, after, offset, limit), page -> {
            loadingMore = false;
            if (mine != generation) return;
            access.pageShown(page);
            rows.addAll(page.rows());
            show(page);
        }, e -> {
            loadingMore = false;
            failed.accept(e);
        });
    }

    private void show(QueuePage page) {
        next = page.next();
        total.set(page.total());
        counts.set(String.format("%,d need review · %,d stale · %,d both — %,d in the queue",
                page.counts().needReview(), page.counts().stale(), page.counts().both(), page.total()));
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
