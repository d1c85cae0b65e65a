package org.reviewdesk.store;

import org.reviewdesk.model.Post;

/**
 * Turns a whole post into text and back, for revision snapshots. The store does not know the formats; the
 * service layer passes the canonical JSON of the formats package.
 */
public interface PostCodec {
    String encode(Post post);

    Post decode(String text);
}
