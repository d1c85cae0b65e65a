package org.reviewdesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reviewdesk.model.library.TriageResult;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.QueueTotals;
import org.reviewdesk.model.library.SavedView;
import org.reviewdesk.model.library.UndoToken;
import org.reviewdesk.store.Library;

/**
 * The review queue: its pages and counts, triage of many posts at once (each action one transaction that can be
 * undone), saved views and the export of a filtered queue. Marking reviewed is the {@link ReviewService}'s, since it
 * depends on what the review requires.
 */
public final class QueueService {
    private final Library library;

    QueueService(Library library) {
        this.library = library;
    }

    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return library.queue().page(filter, sort, offset, limit);
    }

    /** The page right after the one that said {@code after} (null: the first page), however deep in the queue. */
    public QueuePage pageAfter(QueueFilter filter, QueueSort sort, QueueCursor after, int limit) {
        return library.queue().pageAfter(filter, sort, after, limit);
    }

    /**
     * The first page's rows without waiting for a count of the queue: counted when the counts are known already, else
     * {@link #totals} reads them (the window shows the rows first).
     */
    public QueuePage firstRows(QueueFilter filter, QueueSort sort, int limit) {
        return library.queue().firstRows(filter, sort, limit);
    }

    /** How many posts the filter selects, and the live counts. */
    public QueueTotals totals(QueueFilter filter) {
        return library.queue().totals(filter);
    }

    /** How many posts of the filtered queue have open findings of each check, most first. */
    public java.util.Map<String, Integer> findingCounts(QueueFilter filter) {
        return library.queue().findingCounts(filter);
    }

    /** The names posts are assigned to, in alphabetical order. */
    public List<String> assignees() {
        return library.queue().assignees();
    }

    public UndoToken flagForReview(List<Long> ids) {
        return library.queue().flagForReview(ids);
    }

    /**
     * The name as the library already spells it ("Ada" for "ada", when posts are assigned to Ada), else as given: one
     * person is not split into two assignees by the case of a letter, in the queue's filter or its counts.
     */
    public String knownAssignee(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) return n;
        for (String known : assignees()) if (known.equalsIgnoreCase(n)) return known;
        return n;
    }

    public UndoToken assign(List<Long> ids, String name) {
        return library.queue().assign(ids, knownAssignee(name));
    }

    /** Flags the posts with these references as needing human review, in one transaction; refused for posts in the trash. */
    public UndoToken flag(List<String> references, String reason) {
        return library.queue().flagForReview(idsOutOfTrash(references),
                reason == null || reason.isBlank() ? null : "flagged for review: " + reason.strip());
    }

    /** Assigns the posts with these references to {@code name} (blank: unassigned), in one transaction. */
    public UndoToken assignByReference(List<String> references, String name) {
        return library.queue().assign(idsOutOfTrash(references), knownAssignee(name));
    }

    /** The ids of these posts; fails naming the first unknown reference, or the posts that are in the trash. */
    private List<Long> idsOutOfTrash(List<String> references) {
        return PostLookup.idsOutOfTrash(library, references);
    }

    public UndoToken setFreshness(List<Long> ids, int freshness) {
        return library.queue().setFreshness(ids, freshness);
    }

    /**
     * The window's triage of the posts its queue showed, {@code shown} mapping each id to the row version shown: one
     * transaction, in which the posts changed since are left as they are and named.
     */
    public TriageResult<UndoToken> flagForReview(Map<Long, Long> shown) {
        return library.queue().unchangedSince(shown, ids -> library.queue().flagForReview(ids));
    }

    public TriageResult<UndoToken> assign(Map<Long, Long> shown, String name) {
        String known = knownAssignee(name);
        return library.queue().unchangedSince(shown, ids -> library.queue().assign(ids, known));
    }

    public TriageResult<UndoToken> setFreshness(Map<Long, Long> shown, int freshness) {
        return library.queue().unchangedSince(shown, ids -> library.queue().setFreshness(ids, freshness));
    }

    /** Puts back what the triage action behind {@code token} changed. */
    public void undo(UndoToken token) {
        library.queue().undo(token);
    }

    public List<SavedView> views() {
        return library.views().list();
    }

    public void saveView(String name, QueueFilter filter) {
        library.views().save(name, filter);
    }

    /** Saves (or replaces) a view with its filters and order. */
    public void saveView(SavedView view) {
        library.views().save(view.name(), view.filter(), view.sort());
    }

    /** Returns whether there was a view of that name. */
    public boolean deleteView(String name) {
        return library.views().delete(name);
    }

    /** Writes the whole filtered queue in its order to {@code file}, as CSV or JSON; returns the number of rows. */
    public int export(QueueFilter filter, QueueSort sort, Path file, boolean csv) throws IOException {
        return new QueueExport(library).write(filter, sort, file, csv);
    }
}
