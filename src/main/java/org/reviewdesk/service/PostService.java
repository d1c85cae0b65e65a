package org.reviewdesk.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.store.Library;

/**
 * The posts of one library: finding a post by its reference (with the one error every front end shows when it is
 * not there), listing, creating, the trash, and the values a field has across the library.
 */
public final class PostService {
    private final Library library;

    PostService(Library library) {
        this.library = library;
    }

    /**
     * The post with this reference.
     *
     * @throws PostNotFoundException naming the reference and the library when there is none
     */
    public StoredPost byReference(String reference) {
        return PostLookup.byReference(library, reference);
    }

    /** The posts with these references, in the order given; fails on the first reference the library lacks. */
    public List<StoredPost> byReferences(List<String> references) {
        return references.stream().map(this::byReference).toList();
    }

    public Optional<StoredPost> find(long id) {
        return library.posts().find(id);
    }

    /** A page of the posts outside the trash whose title or reference contains {@code text}, by title. */
    public List<PostSummary> list(String text, int offset, int limit) {
        return library.posts().search(text, offset, limit);
    }

    /** Every post outside the trash, one at a time, in id order. */
    public void forEach(Consumer<StoredPost> action) {
        library.posts().forEach(action);
    }

    public StoredPost create(Post post) {
        return library.posts().create(post);
    }

    /**
     * Moves the posts with these references to the trash, checking every reference first, in one transaction; says
     * which of them were in the trash already (those are left as they were).
     */
    public TrashChange trash(List<String> references) {
        return inOneTransaction(references, library.posts()::trash);
    }

    /** Takes the posts with these references out of the trash, as {@link #trash(List)} puts them in. */
    public TrashChange untrash(List<String> references) {
        return inOneTransaction(references, library.posts()::restore);
    }

    /** Which posts a trash or untrash changed, and which were where it would have put them already. */
    public record TrashChange(List<String> changed, List<String> already) {
    }

    /**
     * Does {@code action} to each post in one transaction; a post changed between the look-up and the write is left
     * as it is and refused with {@link PostChangedException}, so that nothing is written.
     */
    private TrashChange inOneTransaction(List<String> named, java.util.function.LongPredicate action) {
        List<String> references = named.stream().distinct().toList();
        List<Long> ids = PostLookup.ids(library, references);
        List<String> changed = new java.util.ArrayList<>();
        List<String> already = new java.util.ArrayList<>();
        var result = library.queue().unchangedSince(rowVersionsInOrder(ids), unchanged -> {
            if (unchanged.size() != ids.size()) return false;
            for (int i = 0; i < ids.size(); i++) (action.test(ids.get(i)) ? changed : already).add(references.get(i));
            return true;
        });
        if (!result.changed().isEmpty()) {
            throw new PostChangedException("'" + result.changed().get(0) + "'", "changed while the command ran");
        }
        return new TrashChange(List.copyOf(changed), List.copyOf(already));
    }

    private java.util.Map<Long, Long> rowVersionsInOrder(List<Long> ids) {
        java.util.Map<Long, Long> now = library.posts().rowVersions(ids);
        java.util.Map<Long, Long> out = new java.util.LinkedHashMap<>();
        for (long id : ids) out.put(id, now.getOrDefault(id, -1L));
        return out;
    }

    public void trash(long id) {
        library.posts().trash(id);
    }

    public void restore(long id) {
        library.posts().restore(id);
    }

    public List<PostSummary> trashed() {
        return library.posts().trashed();
    }

    /** Deletes the posts in the trash for good; returns how many. */
    public int emptyTrash() {
        return library.posts().emptyTrash();
    }

    /** The values of a list field (stack, tools, code language) across the library, most used first. */
    public List<String> distinctItems(String field, int limit) {
        return library.posts().distinctItems(field, limit);
    }

    /** A number that changes whenever anything in the library changes (another process's writes included). */
    public long changeStamp() {
        return library.changeStamp();
    }

    /** The row version of each of these posts, by id (a post gone from the library has none). */
    public java.util.Map<Long, Long> rowVersions(List<Long> ids) {
        return library.posts().rowVersions(ids);
    }
}
