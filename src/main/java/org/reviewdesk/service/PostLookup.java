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

    /** The ids of these posts, as {@link #ids}; fails too when any of them is in the trash, naming them. */
    static java.util.List<Long> idsOutOfTrash(Library library, java.util.List<String> references) {
        java.util.List<Long> ids = ids(library, references);
        requireOutOfTrash(library, ids, references);
        return ids;
    }

    /** The post with this reference, to be changed: refused, as {@link #idsOutOfTrash} refuses, while it is in the trash. */
    static StoredPost outOfTrash(Library library, String reference) {
        StoredPost post = byReference(library, reference);
        requireOutOfTrash(library, java.util.List.of(post.id()), java.util.List.of(reference));
        return post;
    }

    /** Fails naming those of the posts {@code ids} (found by {@code references}, in the same order) in the trash. */
    static void requireOutOfTrash(Library library, java.util.List<Long> ids, java.util.List<String> references) {
        java.util.Set<Long> listed = new java.util.HashSet<>();
        library.posts().summaries(ids).forEach(s -> listed.add(s.id()));
        java.util.List<String> trashed = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) if (!listed.contains(ids.get(i))) trashed.add(references.get(i));
        if (!trashed.isEmpty()) {
            throw new IllegalArgumentException((trashed.size() == 1 ? "post '" + trashed.get(0) + "' is" : "posts '"
                    + String.join("', '", trashed) + "' are") + " in the trash (untrash first); nothing was changed");
        }
    }

    static StoredPost byReference(Library library, String reference) {
        return library.posts().findByReference(reference).orElseThrow(() -> new PostNotFoundException(
                "no post with reference '" + reference + "' in the library at " + library.folder()));
    }
}
