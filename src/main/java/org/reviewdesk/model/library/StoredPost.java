package org.reviewdesk.model.library;

import java.time.Instant;
import org.reviewdesk.model.Post;

/** A post as the library holds it, with the row version that guards against lost updates. */
public record StoredPost(long id, Post post, long rowVersion, Instant updatedAt, boolean editedSinceImport, String assignee) {
}
