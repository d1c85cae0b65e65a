package org.reviewdesk.service;

import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.StoredPost;

/** "The post with this reference, or a message naming the reference and the library": once, for every service. */
final class PostLookup {
    private PostLookup() {
    }

    static StoredPost byReference(Library library, String reference) {
        return library.posts().findByReference(reference).orElseThrow(() -> new PostNotFoundException(
                "no post with reference '" + reference + "' in the library at " + library.folder()));
    }
}
