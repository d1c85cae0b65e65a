package org.reviewdesk.service;

import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.store.Library;

/**
 * Settling a save that was refused because another writer saved the post since it was read. Whatever the choice,
 * neither text is lost: the one that does not become the post is kept as a revision in its history.
 */
public final class ConflictService {
    /** The kind of the revisions a conflict keeps. */
    public static final String KIND = "conflict";

    private final Library library;
    private final PostEditService edits;

    ConflictService(Library library, PostEditService edits) {
        this.library = library;
        this.edits = edits;
    }

    /** What each side changed since the common revision, and their merge when no change overlaps. */
    public record Comparison(RevisionDiff mine, RevisionDiff theirs, PostMerge.Result merge) {
    }

    /** Compares mine and theirs with {@code base}, the revision both were edited from. Touches no library. */
    public static Comparison compare(Post base, Post mine, Post theirs) {
        return new Comparison(RevisionService.diff(base, mine, "as you opened it", "yours"),
                RevisionService.diff(base, theirs, "as you opened it", "theirs"), PostMerge.merge(base, mine, theirs));
    }

    /**
     * Saves {@code mine} over {@code theirs} (the post as stored at {@code theirs.rowVersion()}), keeping theirs as a
     * revision, at their version number if they bumped it higher; refused again when someone saved after them.
     */
    public EditedPost keepMine(EditedPost theirs, Post mine, FieldDrafts drafts) throws StalePostException {
        return saveOver(theirs, mine, drafts, "their version, saved over by mine after a conflict");
    }

    /**
     * {@code post} with their version number where theirs is higher: the other writer's bump stays in the history, and
     * the post does not go back below it (as the form takes no version below one the post has had).
     */
    private static Post notBelow(Post post, Post theirs) {
        SemVer their = theirs.meta().revisionOrEmpty().version();
        SemVer mine = post.meta().revisionOrEmpty().version();
        if (their == null || mine != null && mine.compareTo(their) >= 0) return post;
        return post.withMeta(post.meta().toBuilder().revision(post.meta().revisionOrEmpty().withVersion(their)).build());
    }

    /** Keeps {@code mine} as a revision of the post, which stays as the other writer saved it; returns it as stored. */
    public EditedPost takeTheirs(long id, Post mine) {
        library.revisions().keepText(id, mine, KIND, "my version, set aside for theirs after a conflict");
        return edits.open(id);
    }

    /** Saves the merge of both over {@code theirs}, keeping theirs as a revision; refused again as {@link #keepMine} is. */
    public EditedPost merge(EditedPost theirs, Post merged, FieldDrafts drafts) throws StalePostException {
        return saveOver(theirs, merged, drafts, "their version, before it was merged with mine");
    }

    private EditedPost saveOver(EditedPost theirs, Post post, FieldDrafts drafts, String note) throws StalePostException {
        try {
            StoredPost stored = library.posts().saveKeeping(theirs.id(), theirs.rowVersion(), notBelow(post, theirs.post()),
                    drafts, theirs.post(), KIND, note);
            return new EditedPost(stored.id(), stored.post(), stored.rowVersion(), drafts);
        } catch (StaleEditException e) {
            throw new StalePostException(edits.open(theirs.id()));
        }
    }
}
