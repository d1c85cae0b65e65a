package org.reviewdesk.gui.library;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * A post as stored, with the row version a save must name to win against other writers, and the text its meta
 * form keeps for fields the meta box cannot hold.
 */
public record OpenedPost(long id, Post post, long rowVersion, FieldDrafts drafts) {
    public OpenedPost(long id, Post post, long rowVersion) {
        this(id, post, rowVersion, FieldDrafts.NONE);
    }
}
