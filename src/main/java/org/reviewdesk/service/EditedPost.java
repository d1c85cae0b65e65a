package org.reviewdesk.service;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * A post as the editor works on it: as stored, with the row version its next save must name, and the text its
 * meta form keeps for fields the meta box cannot hold.
 */
public record EditedPost(long id, Post post, long rowVersion, FieldDrafts drafts) {
}
