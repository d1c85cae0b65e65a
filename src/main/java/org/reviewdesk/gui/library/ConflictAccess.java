package org.reviewdesk.gui.library;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * Settling a {@link SaveConflict} in the library; whichever text does not become the post is kept in its history.
 * Each method may block on the disk: call it through the background executor.
 */
public interface ConflictAccess {
    /** Saves mine over theirs, theirs kept as a revision; refused again when someone saved after them. */
    OpenedPost keepMine(OpenedPost theirs, Post mine, FieldDrafts drafts) throws StaleSaveException;

    /** Keeps mine as a revision; returns the post as stored (theirs, or newer). */
    OpenedPost takeTheirs(long id, Post mine);

    /** Saves the merge over theirs, theirs kept as a revision; refused again as {@link #keepMine} is. */
    OpenedPost merge(OpenedPost theirs, Post merged, FieldDrafts drafts) throws StaleSaveException;
}
