package org.reviewdesk.store;

import org.reviewdesk.model.library.StoredPost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What "reviewed" requires of a library: its review checklist, the items ticked on each post, and the checks whose
 * open findings keep a post from being marked reviewed.
 */
public final class ReviewRepository {
    private final Jdbi jdbi;
    private final RevisionRepository revisions;

    ReviewRepository(Jdbi jdbi, RevisionRepository revisions) {
        this.jdbi = jdbi;
        this.revisions = revisions;
    }

    /** The library's review checklist, in order. */
    public List<String> checklist() {
        return jdbi.withHandle(h -> checklist(h));
    }

    private static List<String> checklist(Handle h) {
        return h.createQuery("SELECT item FROM review_checklist_item ORDER BY position, item").mapTo(String.class).list();
    }

    /** Adds an item at the end of the checklist; false when it is there already. */
    public boolean addChecklistItem(String item) {
        return jdbi.inTransaction(h -> {
            if (checklist(h).contains(item)) return false;
            h.execute("INSERT INTO review_checklist_item (item, position) "
                    + "VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM review_checklist_item))", item);
            Library.touch(h);
            return true;
        });
    }

    /** Removes an item from the checklist (the ticks already given stay in the posts' histories); false when absent. */
    public boolean removeChecklistItem(String item) {
        return jdbi.inTransaction(h -> {
            int removed = h.execute("DELETE FROM review_checklist_item WHERE item = ?", item);
            h.execute("DELETE FROM review_tick WHERE item = ?", item);
            Library.touch(h);
            return removed > 0;
        });
    }

    /** The items ticked on a post, with who ticked each. */
    public Map<String, String> ticks(long postId) {
        return jdbi.withHandle(h -> {
            Map<String, String> ticks = new LinkedHashMap<>();
            h.createQuery("SELECT item, ticked_by FROM review_tick WHERE post_id = ? ORDER BY item").bind(0, postId)
                    .map((rs, ctx) -> ticks.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
            return ticks;
        });
    }

    /**
     * Ticks or unticks an item of the checklist on a post, as a change of the post: a revision with the note says
     * who confirmed (or took back) what. Returns false when the item already was in that state (nothing recorded).
     */
    public boolean tick(long postId, String item, boolean ticked, String who) {
        return jdbi.inTransaction(h -> {
            boolean was = h.createQuery("SELECT COUNT(*) FROM review_tick WHERE post_id = ? AND item = ?")
                    .bind(0, postId).bind(1, item).mapTo(Integer.class).one() > 0;
            if (was == ticked) return false;
            if (ticked) {
                h.execute("INSERT INTO review_tick (post_id, item, ticked_by, ticked_at) VALUES (?, ?, ?, ?)",
                        postId, item, who, Sql.now());
            } else {
                h.execute("DELETE FROM review_tick WHERE post_id = ? AND item = ?", postId, item);
            }
            revisions.keepImportedState(h, postId);
            StoredPost post = PostLoader.load(h, List.of(postId)).get(0);
            revisions.insertSnapshot(h, postId, post.post(), "checklist",
                    (ticked ? "ticked \u201c" : "unticked \u201c") + item + "\u201d (" + who + ")");
            Library.touch(h);
            return true;
        });
    }

    /** The checks this library has said are errors (true) or are not (false); the others follow their default. */
    public Map<String, Boolean> errorChecks() {
        return jdbi.withHandle(h -> {
            Map<String, Boolean> set = new LinkedHashMap<>();
            h.createQuery("SELECT check_id, is_error FROM review_error_check ORDER BY check_id")
                    .map((rs, ctx) -> set.put(rs.getString(1), rs.getBoolean(2))).forEach(x -> { });
            return set;
        });
    }

    /** Says whether a check's open findings keep a post from being reviewed; null puts the check back to its default. */
    public void setErrorCheck(String checkId, Boolean isError) {
        jdbi.useTransaction(h -> {
            if (isError == null) {
                h.execute("DELETE FROM review_error_check WHERE check_id = ?", checkId);
            } else {
                h.execute(Dialect.of(h).upsert("review_error_check", "check_id", "check_id, is_error", "?, ?"), checkId, isError);
            }
            Library.touch(h);
        });
    }
}
