package org.reviewdesk.gui.library;

import org.reviewdesk.model.Post;

/** A post as stored, with the row version a save must name to win against other writers. */
public record OpenedPost(long id, Post post, long rowVersion) {
}
