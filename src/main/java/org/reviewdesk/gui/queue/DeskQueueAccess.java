package org.reviewdesk.gui.queue;

import java.nio.file.Path;
import java.util.List;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ReviewService;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.QueueTotals;
import org.reviewdesk.model.library.UndoToken;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.TriageResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The queue over an open desk: its queue and review services. */
public final class DeskQueueAccess implements QueueAccess {
    private final java.util.function.Supplier<Desk> desk;
    /**
     * The row version of each post as the queue's pages last showed it: a triage names it, so that a post changed
     * since (by another window, the command line) is left as it is. A page is read on the library thread only.
     */
    private final Map<Long, Long> shown = new ConcurrentHashMap<>();
    /**
     * The row versions each page was read with, until it is shown: a page read while a triage waited, or dropped as
     * out of date, must not vouch for rows the user did not see.
     */
    private final Map<QueuePage, Map<Long, Long>> read = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public DeskQueueAccess(Desk desk) {
        this(() -> desk);
    }

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskQueueAccess(java.util.function.Supplier<Desk> desk) {
        this.desk = desk;
    }

    @Override
    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return withVersions(desk.get().queue().page(filter, sort, offset, limit));
    }

    @Override
    public QueuePage pageAfter(QueueFilter filter, QueueSort sort, QueueCursor after, int offset, int limit) {
        if (after == null) return page(filter, sort, offset, limit);
        return withVersions(desk.get().queue().pageAfter(filter, sort, after, limit));
    }

    @Override
    public QueuePage firstRows(QueueFilter filter, QueueSort sort, int limit) {
        return withVersions(desk.get().queue().firstRows(filter, sort, limit));
    }

    @Override
    public QueueTotals totals(QueueFilter filter) {
        return desk.get().queue().totals(filter);
    }

    private QueuePage withVersions(QueuePage page) {
        read.put(page, desk.get().posts().rowVersions(page.rows().stream().map(PostSummary::id).toList()));
        return page;
    }

    @Override
    public void pageShown(QueuePage page) {
        Map<Long, Long> versions = read.remove(page);
        if (versions != null) shown.putAll(versions);
    }

    @Override
    public TriageResult<ReviewService.Outcome> markReviewedAt(long id, long rowVersion, SemVer.Bump bumpOrNull,
                                                              String overrideReason) {
        shown.put(id, rowVersion);
        return mark(List.of(id), bumpOrNull, "marked reviewed in the editor", overrideReason);
    }

    @Override
    public TriageResult<ReviewService.Outcome> markReviewed(List<Long> ids, SemVer.Bump bumpOrNull, String overrideReason) {
        return mark(ids, bumpOrNull, "marked reviewed in the queue", overrideReason);
    }

    private TriageResult<ReviewService.Outcome> mark(List<Long> ids, SemVer.Bump bumpOrNull, String note, String overrideReason) {
        return desk.get().reviews().markReviewedShown(shown(ids), bumpOrNull, note, overrideReason);
    }

    @Override
    public TriageResult<UndoToken> flagForReview(List<Long> ids) {
        return desk.get().queue().flagForReview(shown(ids));
    }

    @Override
    public TriageResult<UndoToken> assign(List<Long> ids, String name) {
        return desk.get().queue().assign(shown(ids), name);
    }

    @Override
    public TriageResult<UndoToken> setFreshness(List<Long> ids, int freshness) {
        return desk.get().queue().setFreshness(shown(ids), freshness);
    }

    /** The row versions the queue's pages showed for these posts, in order; a post never shown counts as changed. */
    private Map<Long, Long> shown(List<Long> ids) {
        Map<Long, Long> out = new LinkedHashMap<>();
        for (long id : ids) out.put(id, shown.getOrDefault(id, -1L));
        return out;
    }

    @Override
    public void undo(UndoToken token) {
        desk.get().queue().undo(token);
    }

    @Override
    public List<org.reviewdesk.model.library.SavedView> views() {
        return desk.get().queue().views();
    }

    @Override
    public void saveView(String name, QueueFilter filter) {
        desk.get().queue().saveView(name, filter);
    }

    @Override
    public void saveView(org.reviewdesk.model.library.SavedView view) {
        desk.get().queue().saveView(view);
    }

    @Override
    public void deleteView(String name) {
        desk.get().queue().deleteView(name);
    }

    @Override
    public java.util.Map<String, Integer> findingCounts(QueueFilter filter) {
        return desk.get().queue().findingCounts(filter);
    }

    @Override
    public List<String> assignees() {
        return desk.get().queue().assignees();
    }

    @Override
    public int export(QueueFilter filter, QueueSort sort, Path file, boolean csv) throws Exception {
        return desk.get().queue().export(filter, sort, file, csv);
    }
}
