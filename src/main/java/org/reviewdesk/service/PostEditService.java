package org.reviewdesk.service;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.MetaRules;
import org.reviewdesk.model.library.DraftedPost;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

/**
 * Opening and saving one post for the window's editor: title, body and meta box in one transaction under the row
 * version, together with the text of the meta fields the user typed but the meta box cannot hold.
 */
public final class PostEditService {
    private static final String VERSION = org.reviewdesk.model.meta.MetaFields.REVISION_VERSION.path();
    /** The kind of the revisions kept while editing. */
    public static final String AUTO = "auto";

    private final Library library;
    private final AutoRevisions autoRevisions = new AutoRevisions();

    PostEditService(Library library) {
        this.library = library;
    }

    /** When saves keep the text before them as an automatic revision. */
    public AutoRevisions autoRevisions() {
        return autoRevisions;
    }

    /** The post with its field drafts; fails when the post is gone (emptied from the trash). Its next save keeps a revision. */
    public EditedPost open(long id) {
        autoRevisions.opened(id);
        return library.posts().findWithDrafts(id).map(PostEditService::edited)
                .orElseThrow(() -> new PostNotFoundException("the post is no longer in the library (it was emptied from the trash)"));
    }

    /**
     * Saves the post and replaces its field drafts with {@code drafts}, refused when another writer saved since
     * {@code expectedRowVersion}; returns the post as stored now. The first save after opening, and then one at least
     * every {@link AutoRevisions#interval()}, first keeps the stored post as a revision of kind {@link #AUTO}.
     */
    public EditedPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts) throws StalePostException {
        if (autoRevisions.dueBeforeSaving(id)) library.revisions().keep(id, AUTO, "kept while editing");
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
        return set(reference, values, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #set(String, java.util.Map)}, refused with {@link PostChangedException} when the post's row version is
     * not {@code ifVersion} (the one its caller read), or when another writer saves it between this read and write.
     */
    public StoredPost set(String reference, java.util.Map<String, String> values, java.util.OptionalLong ifVersion) {
        StoredPost post = PostLookup.outOfTrash(library, reference);
        long read = ifVersion.orElse(post.rowVersion());
        if (read != post.rowVersion()) throw new PostChangedException(reference, read, post.rowVersion());
        Post changed = post.post().withMeta(MetaFieldValues.with(post.post().meta(), values));
        // Only what this change breaks is refused: a value the post already had (an image URL with a space, as an
        // import kept it) would otherwise block every field of the post, naming one the user never touched.
        var before = new java.util.HashSet<>(org.reviewdesk.model.meta.PostRules.check(post.post()));
        for (var problem : org.reviewdesk.model.meta.PostRules.check(changed)) {
            if (!before.contains(problem)) throw new IllegalArgumentException(problem.toString());
        }
        if (values.containsKey(VERSION)) {
            for (var problem : MetaRules.notBelow(VERSION, values.get(VERSION).strip(),
                    RevisionService.highestVersion(library, post))) {
                throw new IllegalArgumentException(problem.toString());
            }
        }
        try {
            return library.posts().save(post.id(), read, changed);
        } catch (StaleEditException e) {
            throw new PostChangedException(reference, read, e.current().rowVersion());
        }
    }

    /**
     * The highest version the post has had, its own or one of its revisions'; null when it never had one. Versions
     * only go up: {@link #set} and the meta form refuse a lower one ({@link MetaRules#notBelow}).
     */
    public SemVer highestVersion(long id) {
        return library.posts().find(id).map(p -> RevisionService.highestVersion(library, p)).orElse(null);
    }

    private static EditedPost edited(DraftedPost p) {
        return new EditedPost(p.stored().id(), p.stored().post(), p.stored().rowVersion(), p.drafts());
    }
}
