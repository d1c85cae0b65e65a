package org.reviewdesk.gui.library;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * A save refused because someone else saved the post first: {@code base}, the version the editor read and edited
 * from (the common revision), {@code mine} with its field drafts as the save sent them, and {@code theirs}, the post
 * as stored now.
 */
public record SaveConflict(OpenedPost base, Post mine, FieldDrafts myDrafts, OpenedPost theirs) {
    /** The same conflict with a newer {@code theirs}: someone saved again while it was being settled. */
    public SaveConflict withTheirs(OpenedPost newer) {
        return new SaveConflict(base, mine, myDrafts, newer);
    }
}
