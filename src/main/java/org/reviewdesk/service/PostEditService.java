package org.reviewdesk.service;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.DraftedPost;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

/**
 * Opening and saving one post for the window's editor: title, body and meta box in one transaction under the row
 * version, together with the text of the meta fields the user typed but the meta box cannot hold.
 */
public final class PostEditService {
    private final Library library;

    PostEditService(Library library) {
        this.library = library;
    }

    /** The post with its field drafts; fails when the post is gone (emptied from the trash). */
    public EditedPost open(long id) {
        return library.posts().findWithDrafts(id).map(PostEditService::edited)
                .orElseThrow(() -> new PostNotFoundException("the post is no longer in the library (it was emptied from the trash)"));
    }

    /**
     * Saves the post and replaces its field drafts with {@code drafts}, refused when another writer saved since
     * {@code expectedRowVersion}; returns the post as stored now.
     */
    public EditedPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts) throws StalePostException {
        try {
            StoredPost stored = library.posts().save(id, expectedRowVersion, post, drafts);
            return new EditedPost(stored.id(), stored.post(), stored.rowVersion(), drafts);
        } catch (StaleEditException e) {
            throw new StalePostException(open(id));
        }
    }

    /**
     * Sets meta fields of the post with this reference by their JSON paths, each checked by the form's rule; the
     * whole post is refused, naming the field and the rule, when one value is wrong. Returns the post as stored.
     */
    public StoredPost set(String reference, java.util.Map<String, String> values) {
        StoredPost post = PostLookup.byReference(library, reference);
        Post changed = post.post().withMeta(MetaFieldValues.with(post.post().meta(), values));
        for (var problem : org.reviewdesk.model.meta.PostRules.check(changed)) {
            throw new IllegalArgumentException(problem.toString());
        }
        try {
            return library.posts().save(post.id(), post.rowVersion(), changed);
        } catch (StaleEditException e) {
            throw new IllegalStateException("post '" + reference + "' changed while it was being set; try again", e);
        }
    }

    private static EditedPost edited(DraftedPost p) {
        return new EditedPost(p.stored().id(), p.stored().post(), p.stored().rowVersion(), p.drafts());
    }
}
