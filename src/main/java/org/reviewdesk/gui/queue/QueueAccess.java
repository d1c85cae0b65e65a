package org.reviewdesk.gui.queue;

import java.nio.file.Path;
import java.util.List;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.ReviewService;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.QueueTotals;
import org.reviewdesk.model.library.TriageResult;
import org.reviewdesk.model.library.UndoToken;

/** What the queue view needs of the library; every call runs on the library executor, never on the FX thread. */
public interface QueueAccess {
    QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit);

    /**
     * The page after the one that said {@code after}, which is at {@code offset}; by default read by its offset, for a
     * library whose pages do not say where the next one starts.
     */
    default QueuePage pageAfter(QueueFilter filter, QueueSort sort, QueueCursor after, int offset, int limit) {
        return page(filter, sort, offset, limit);
    }

    /**
     * The first page's rows, read without waiting for the queue's counts when they are not known yet: the page is then
     * not {@link QueuePage#counted} and {@link #totals} reads them. By default the counted first page.
     */
    default QueuePage firstRows(QueueFilter filter, QueueSort sort, int limit) {
        return page(filter, sort, 0, limit);
    }

    /** How many posts the filter selects, and the live counts; by default those of a counted first page. */
    default QueueTotals totals(QueueFilter filter) {
        return page(filter, QueueSort.PRIORITY, 0, 1).totals();
    }

    /**
     * Marks the posts that meet what "reviewed" requires and names the others with their reasons; with a non-blank
     * {@code overrideReason}, marks those too and their history keeps the reason. As every triage here, it is one
     * transaction over the posts still as the queue showed them; those changed since are left as they are and named.
     */
    TriageResult<ReviewService.Outcome> markReviewed(List<Long> ids, SemVer.Bump bumpOrNull, String overrideReason);

    /** Marks the post the editor holds, as of the row version it last read or saved (not as the queue showed it). */
    default TriageResult<ReviewService.Outcome> markReviewedAt(long id, long rowVersion, SemVer.Bump bumpOrNull,
                                                               String overrideReason) {
        return markReviewed(List.of(id), bumpOrNull, overrideReason);
    }

    /** A page reached the screen: from now on a triage names its posts as this page showed them. */
    default void pageShown(QueuePage page) {
    }

    TriageResult<UndoToken> flagForReview(List<Long> ids);

    TriageResult<UndoToken> assign(List<Long> ids, String name);

    TriageResult<UndoToken> setFreshness(List<Long> ids, int freshness);

    void undo(UndoToken token);

    /** Saved views: named sets of filters kept in the library. */
    List<org.reviewdesk.model.library.SavedView> views();

    void saveView(String name, QueueFilter filter);

    /** Saves a view with its order (a library that keeps no order saves the filters). */
    default void saveView(org.reviewdesk.model.library.SavedView view) {
        saveView(view.name(), view.filter());
    }

    void deleteView(String name);

    /** How many posts the filter selects have open findings of each check, most first. */
    default java.util.Map<String, Integer> findingCounts(QueueFilter filter) {
        return java.util.Map.of();
    }

    /** The names posts are assigned to. */
    default List<String> assignees() {
        return List.of();
    }

    /** Writes every post the filter selects, in queue order, as CSV or JSON; returns how many. */
    int export(QueueFilter filter, QueueSort sort, Path file, boolean csv) throws Exception;
}
