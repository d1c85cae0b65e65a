package org.reviewdesk.gui.queue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.QueueExport;
import org.reviewdesk.store.QueueFilter;
import org.reviewdesk.store.QueuePage;
import org.reviewdesk.store.QueueSort;
import org.reviewdesk.store.UndoToken;

/** The queue over an open desk: the store's queue repository and the service's export. */
public final class DeskQueueAccess implements QueueAccess {
    private final Desk desk;

    public DeskQueueAccess(Desk desk) {
        this.desk = desk;
    }

    @Override
    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return desk.library().queue().page(filter, sort, offset, limit);
    }

    @Override
    public UndoToken markReviewed(List<Long> ids, SemVer.Bump bumpOrNull) {
        return desk.library().queue().markReviewed(ids, LocalDate.now(), bumpOrNull, "marked reviewed in the queue");
    }

    @Override
    public UndoToken flagForReview(List<Long> ids) {
        return desk.library().queue().flagForReview(ids);
    }

    @Override
    public UndoToken assign(List<Long> ids, String name) {
        return desk.library().queue().assign(ids, name);
    }

    @Override
    public UndoToken setFreshness(List<Long> ids, int freshness) {
        return desk.library().queue().setFreshness(ids, freshness);
    }

    @Override
    public void undo(UndoToken token) {
        desk.library().queue().undo(token);
    }

    @Override
    public List<org.reviewdesk.store.SavedView> views() {
        return desk.library().views().list();
    }

    @Override
    public void saveView(String name, QueueFilter filter) {
        desk.library().views().save(name, filter);
    }

    @Override
    public void deleteView(String name) {
        desk.library().views().delete(name);
    }

    @Override
    public int export(QueueFilter filter, QueueSort sort, Path file, boolean csv) throws Exception {
        return new QueueExport(desk.library()).write(filter, sort, file, csv);
    }
}
