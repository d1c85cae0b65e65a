package org.reviewdesk.gui.library;

import java.util.function.Supplier;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.ConflictService;
import org.reviewdesk.service.EditedPost;
import org.reviewdesk.service.StalePostException;

/** {@link ConflictAccess} over the service of an open desk. */
final class DeskConflictAccess implements ConflictAccess {
    private final Supplier<ConflictService> conflicts;

    DeskConflictAccess(Supplier<ConflictService> conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public OpenedPost keepMine(OpenedPost theirs, Post mine, FieldDrafts drafts) throws StaleSaveException {
        try {
            return opened(conflicts.get().keepMine(edited(theirs), mine, drafts));
        } catch (StalePostException e) {
            throw new StaleSaveException(opened(e.current()));
        }
    }

    @Override
    public OpenedPost takeTheirs(long id, Post mine) {
        return opened(conflicts.get().takeTheirs(id, mine));
    }

    @Override
    public OpenedPost merge(OpenedPost theirs, Post merged, FieldDrafts drafts) throws StaleSaveException {
        try {
            return opened(conflicts.get().merge(edited(theirs), merged, drafts));
        } catch (StalePostException e) {
            throw new StaleSaveException(opened(e.current()));
        }
    }

    private static EditedPost edited(OpenedPost p) {
        return new EditedPost(p.id(), p.post(), p.rowVersion(), p.drafts());
    }

    private static OpenedPost opened(EditedPost p) {
        return new OpenedPost(p.id(), p.post(), p.rowVersion(), p.drafts());
    }
}
