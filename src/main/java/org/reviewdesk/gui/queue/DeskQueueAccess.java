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
import org.reviewdesk.model.library.UndoToken;

/** The queue over an open desk: its queue and review services. */
public final class DeskQueueAccess implements QueueAccess {
    private final java.util.function.Supplier<Desk> desk;

    public DeskQueueAccess(Desk desk) {
        this(() -> desk);
    }

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskQueueAccess(java.util.function.Supplier<Desk> desk) {
        this.desk = desk;
    }

    @Override
    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return desk.get().queue().page(filter, sort, offset, limit);
    }

    @Override
    public QueuePage pageAfter(QueueFilter filter, QueueSort sort, QueueCursor after, int offset, int limit) {
        if (after == null) return page(filter, sort, offset, limit);
        return desk.get().queue().pageAfter(filter, sort, after, limit);
    }

    @Override
    public ReviewService.Outcome markReviewed(List<Long> ids, SemVer.Bump bumpOrNull, String overrideReason) {
        return desk.get().reviews().markReviewedIds(ids, bumpOrNull, "marked reviewed in the queue", overrideReason);
    }

    @Override
    public UndoToken flagForReview(List<Long> ids) {
        return desk.get().queue().flagForReview(ids);
    }

    @Override
    public UndoToken assign(List<Long> ids, String name) {
        return desk.get().queue().assign(ids, name);
    }

    @Override
    public UndoToken setFreshness(List<Long> ids, int freshness) {
        return desk.get().queue().setFreshness(ids, freshness);
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
