package org.reviewdesk.service;

import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.StoredPost;

/** "The post with this reference, or a message naming the reference and the library": once, for every service. */
final class PostLookup {
    private PostLookup() {
    }

    /** The ids of the posts with these references, in order; fails on the first reference the library lacks. */
    static java.util.List<Long> ids(Library library, java.util.List<String> references) {
        return references.stream().map(r -> byReference(library, r).id()).toList();
    }

    static StoredPost byReference(Library library, String reference) {
        return library.posts().findByReference(reference).orElseThrow(() -> new PostNotFoundException(
                "no post with reference '" + reference + "' in the library at " + library.folder()));
    }
}
