package org.reviewdesk.model.library;

import org.reviewdesk.model.FieldDrafts;

/** A post as stored, with the text its meta form keeps for fields the meta box cannot hold. */
public record DraftedPost(StoredPost stored, FieldDrafts drafts) {
}
