package org.reviewdesk.store;

import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCursor;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueTotals;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.model.library.UndoToken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

/** The review queue: a filtered, ordered page with live counts, and triage on many posts in one transaction. */
public final class QueueRepository {
    private final Jdbi jdbi;
    private final RevisionRepository revisions;
    private final QueueCounter counter = new QueueCounter();

    QueueRepository(Jdbi jdbi, RevisionRepository revisions) {
        this.jdbi = jdbi;
        this.revisions = revisions;
    }

    /**
     * The page at {@code offset}. The first page is read as {@link #pageAfter} reads it, and says where the next one
     * starts; a page further on is read by its offset, which passes over every row before it (what keyset pages are
     * checked against).
     */
    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        if (offset == 0) return pageAfter(filter, sort, null, limit);
        return jdbi.inTransaction(h -> {
            List<PostSummary> rows = QueueFilterSql.bind(h.createQuery("SELECT " + PostSummaries.COLUMNS + " FROM post"
                            + QueueFilterSql.where(filter, true) + " ORDER BY " + QueueSortSql.offsetOrder(sort)
                            + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), filter)
                    .bind("offset", offset).bind("limit", limit).map((rs, ctx) -> PostSummaries.summary(rs)).list();
            QueueCounter.Totals totals = counter.totals(h, filter);
            return new QueuePage(rows, totals.total(), totals.counts());
        });
    }

    /**
     * The page right after the row {@code after} ended the last one at (null: the first page), read from the order's
     * index without passing over the rows before it, with the total and the live counts (read once per filter and
     * change of the library).
     */
    public QueuePage pageAfter(QueueFilter filter, QueueSort sort, QueueCursor after, int limit) {
        return jdbi.inTransaction(h -> {
            QueuePager.Read read = QueuePager.read(h, filter, sort, after, limit);
            QueueCounter.Totals totals = counter.totals(h, filter);
            return new QueuePage(read.rows(), totals.total(), totals.counts(), read.next());
        });
    }

    /**
     * The first page's rows without waiting for a count: with the total and the live counts when they are known for
     * this filter as of the library's last change, else {@link QueuePage#uncounted}, and {@link #totals} reads them.
     * Counting the queue reads every post it selects, the rows of a sorted order only their index and 200 rows
     * (docs/performance.md).
     */
    public QueuePage firstRows(QueueFilter filter, QueueSort sort, int limit) {
        return jdbi.inTransaction(h -> {
            QueuePager.Read read = QueuePager.read(h, filter, sort, null, limit);
            QueueCounter.Totals known = counter.known(h, filter);
            return known == null ? QueuePage.uncounted(read.rows(), read.next())
                    : new QueuePage(read.rows(), known.total(), known.counts(), read.next());
        });
    }

    /** How many posts the filter selects, and the live counts (read once per filter and change of the library). */
    public QueueTotals totals(QueueFilter filter) {
        return jdbi.inTransaction(h -> {
            QueueCounter.Totals t = counter.totals(h, filter);
            return new QueueTotals(t.total(), t.counts());
        });
    }

    /**
     * How many posts of the filtered queue have open findings of each check, most first: the counts beside the
     * queue's finding filter ("repeated-sentence 212 · hidden-content 3").
     */
    public Map<String, Integer> findingCounts(QueueFilter filter) {
        return jdbi.withHandle(h -> counter.findingCounts(h, filter));
    }

    /** The names posts outside the trash are assigned to, in alphabetical order. */
    public List<String> assignees() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT assignee FROM post WHERE in_trash = FALSE "
                // A range of the assignee index (V13) rather than IS NOT NULL, which H2 checks entry by entry.
                + "AND assignee >= '' ORDER BY assignee").mapTo(String.class).list());
    }

    /** How many posts the filter selects (the count query of a page, on its own). */
    public int count(QueueFilter filter) {
        return jdbi.withHandle(h -> Dialect.hinted(h, QueueCounter.PRIMARY_INDEX, hint -> QueueFilterSql.bind(
                        h.createQuery("SELECT COUNT(*) FROM post" + (filter.onlyPrimary() ? hint : "")
                                + QueueFilterSql.where(filter, true)), filter)
                .mapTo(Integer.class).one()));
    }


    /**
     * Marks posts reviewed: needs human review cleared, status reviewed, last reviewed {@code today}; with a bump,
     * each gets its next version and a snapshot revision. Whether a post may be marked is the service's to decide
     * (service.ReviewService); this only writes.
     */
    public UndoToken markReviewed(List<Long> ids, LocalDate today, SemVer.Bump bumpOrNull, String note) {
        return markReviewed(ids, today, bumpOrNull, note, Map.of());
    }

    /**
     * As above, in one transaction, and for each post in {@code overrides} a revision of kind {@code override} whose
     * note (what was overridden, why and by whom) the history keeps.
     */
    public UndoToken markReviewed(List<Long> ids, LocalDate today, SemVer.Bump bumpOrNull, String note,
                                  Map<Long, String> overrides) {
        return jdbi.inTransaction(h -> {
            List<StoredPost> before = PostLoader.load(h, ids);
            for (StoredPost p : before) {
                Post changed = reviewed(p.post(), today, bumpOrNull,
                        bumpOrNull == null ? null : RevisionRepository.highestKept(h, p.id()));
                String overrideNote = overrides.get(p.id());
                if (changed.equals(p.post()) && overrideNote == null) continue;
                revisions.keepImportedState(h, p.id());
                if (!changed.equals(p.post())) {
                    PostWriter.update(h, p.id(), changed);
                    h.execute("UPDATE post SET edited_since_import = TRUE WHERE id = ?", p.id());
                }
                if (bumpOrNull != null) {
                    revisions.insertSnapshot(h, p.id(), changed, "review", note == null || note.isBlank() ? "marked reviewed" : note);
                }
                if (overrideNote != null) revisions.insertSnapshot(h, p.id(), changed, "override", overrideNote);
            }
            Library.touch(h);
            return new UndoToken("mark reviewed", before);
        });
    }

    private static Post reviewed(Post post, LocalDate today, SemVer.Bump bumpOrNull, SemVer highestKept) {
        Meta m = post.meta();
        Flags f = m.flags() == null ? new Flags(null, null, null, false) : m.flags().withNeedsHumanReview(false);
        Revision r = m.revisionOrEmpty().withStatus(ReviewStatus.REVIEWED).withLastReviewed(today);
        Post reviewed = post.withMeta(m.toBuilder().flags(f).revision(r).build());
        return bumpOrNull == null ? reviewed : RevisionRepository.bumped(reviewed, bumpOrNull, today, highestKept);
    }

    public UndoToken flagForReview(List<Long> ids) {
        return flagForReview(ids, null);
    }

    /** Flags posts as needing human review; with a note, each flagged post gets a revision that keeps it. */
    public UndoToken flagForReview(List<Long> ids, String note) {
        return change("flag for review", ids, post -> {
            Meta m = post.meta();
            Flags f = m.flags() == null ? new Flags(null, null, null, true) : m.flags().withNeedsHumanReview(true);
            return post.withMeta(m.toBuilder().flags(f).build());
        }, note);
    }

    public UndoToken setFreshness(List<Long> ids, int freshness) {
        Score.EMPTY.withFreshness(freshness); // validates 0..100 before anything is written
        return change("set freshness", ids, post -> post.withMeta(post.meta().toBuilder()
                .score(post.meta().scoreOrEmpty().withFreshness(freshness)).build()), null);
    }

    /** Assigns posts to a name (null or blank: unassigned). */
    public UndoToken assign(List<Long> ids, String name) {
        String who = name == null || name.isBlank() ? null : name.strip();
        return jdbi.inTransaction(h -> {
            List<StoredPost> before = PostLoader.load(h, ids);
            for (StoredPost p : before) {
                h.createUpdate("UPDATE post SET assignee = ?, row_version = row_version + 1 WHERE id = ?")
                        .bindByType(0, who, String.class).bind(1, p.id()).execute();
            }
            Library.touch(h);
            return new UndoToken("assign", before);
        });
    }

    private UndoToken change(String action, List<Long> ids, UnaryOperator<Post> edit, String revisionNote) {
        return jdbi.inTransaction(h -> {
            List<StoredPost> before = PostLoader.load(h, ids);
            for (StoredPost p : before) {
                Post changed = edit.apply(p.post());
                boolean same = changed.equals(p.post());
                // A note (a flag's reason) is kept even when the post was flagged already: a second reason counts too.
                if (same && revisionNote == null) continue;
                revisions.keepImportedState(h, p.id());
                if (!same) {
                    PostWriter.update(h, p.id(), changed);
                    h.execute("UPDATE post SET edited_since_import = TRUE WHERE id = ?", p.id());
                }
                if (revisionNote != null) revisions.insertSnapshot(h, p.id(), changed, "review", revisionNote);
            }
            Library.touch(h);
            return new UndoToken(action, before);
        });
    }

    /** Puts the posts of a bulk action back as they were, in one transaction. Revisions taken meanwhile stay. */
    public void undo(UndoToken token) {
        jdbi.useTransaction(h -> {
            for (StoredPost p : token.before()) {
                PostWriter.update(h, p.id(), p.post());
                h.createUpdate("UPDATE post SET assignee = ?, edited_since_import = ? WHERE id = ?")
                        .bindByType(0, p.assignee(), String.class).bind(1, p.editedSinceImport()).bind(2, p.id()).execute();
            }
            Library.touch(h);
        });
    }

    /**
     * Runs {@code action} on the posts of {@code shown} (id to the row version a window showed) still at that version,
     * in one transaction with the check; the others are left as they are and named in the result.
     */
    public <T> org.reviewdesk.model.library.TriageResult<T> unchangedSince(Map<Long, Long> shown,
                                                                         java.util.function.Function<List<Long>, T> action) {
        return new ShownRows(jdbi).unchanged(shown, action);
    }
}
