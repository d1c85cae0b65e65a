package org.reviewdesk.store;

import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueCounts;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.model.library.UndoToken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
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
    private volatile Histogram histogram;

    QueueRepository(Jdbi jdbi, RevisionRepository revisions) {
        this.jdbi = jdbi;
        this.revisions = revisions;
    }

    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return jdbi.inTransaction(h -> {
            String where = QueueFilterSql.where(filter, true);
            List<PostSummary> rows;
            if (sort.byPriority()) {
                rows = QueueFilterSql.bind(h.createQuery("SELECT " + PostSummaries.COLUMNS + " FROM post"
                        + Dialect.of(h).indexHint(QueueSortSql.index(sort)) + where
                        + " ORDER BY " + QueueSortSql.orderBy(sort) + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), filter)
                        .bind("offset", offset).bind("limit", limit)
                        .map((rs, ctx) -> PostSummaries.summary(rs)).list();
            } else {
                // The page's ids in order from the covering index alone, then their rows: sorting whole rows read
                // every matching post (docs/performance.md).
                List<Long> ids = QueueFilterSql.bind(h.createQuery("SELECT id FROM post" + Dialect.of(h).indexHint(QueueSortSql.index(sort)) + where
                        + " ORDER BY " + QueueSortSql.orderBy(sort) + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), filter)
                        .bind("offset", offset).bind("limit", limit).mapTo(Long.class).list();
                rows = PostSummaries.summaries(h, ids);
            }
            QueueCounts counts = counts(h, filter);
            int total;
            if (onlyPrimary(filter) && filter.needsReview() && filter.maxFreshness() != null) {
                total = counts.needReview() + counts.stale() - counts.both();
            } else if (onlyPrimary(filter) && filter.needsReview()) {
                total = counts.needReview();
            } else if (onlyPrimary(filter) && filter.maxFreshness() != null) {
                total = counts.stale();
            } else {
                total = QueueFilterSql.bind(h.createQuery("SELECT COUNT(*) FROM post" + where), filter).mapTo(Integer.class).one();
            }
            return new QueuePage(rows, total, counts);
        });
    }

    /**
     * The live counts. Without further filters they come from a histogram of (needs review, freshness) over
     * the library, read again only when the library's change stamp moves, so that moving the threshold
     * costs nothing; with further filters, one pass over the posts they select.
     */
    private QueueCounts counts(Handle h, QueueFilter filter) {
        int stale = filter.staleThreshold();
        if (onlyPrimary(filter)) {
            return histogram(h).counts(stale);
        }
        return QueueFilterSql.bind(h.createQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN needs_review THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN freshness_key <= :stale THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN needs_review AND freshness_key <= :stale THEN 1 ELSE 0 END), 0) "
                        + "FROM post" + QueueFilterSql.where(filter, false)), filter)
                .bind("stale", stale)
                .map((rs, ctx) -> new QueueCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).one();
    }

    private Histogram histogram(Handle h) {
        long stamp = h.createQuery("SELECT stamp FROM library_change WHERE id = 1").mapTo(Long.class).one();
        Histogram current = histogram;
        if (current != null && current.stamp == stamp) return current;
        int[][] counts = new int[2][102];
        h.createQuery("SELECT needs_review, freshness_key, COUNT(*) FROM post WHERE in_trash = FALSE "
                        + "GROUP BY needs_review, freshness_key")
                .map((rs, ctx) -> counts[rs.getBoolean(1) ? 1 : 0][Math.max(0, Math.min(101, rs.getInt(2)))] += rs.getInt(3))
                .forEach(x -> { });
        Histogram fresh = new Histogram(stamp, counts);
        histogram = fresh;
        return fresh;
    }

    /** How many posts there are per (needs review, freshness 0..100, 101 = none), as of one change stamp. */
    private record Histogram(long stamp, int[][] counts) {
        QueueCounts counts(int threshold) {
            int need = 0;
            int stale = 0;
            int both = 0;
            for (int f = 0; f <= 101; f++) {
                need += counts[1][f];
                if (f <= threshold) {
                    stale += counts[0][f] + counts[1][f];
                    both += counts[1][f];
                }
            }
            return new QueueCounts(need, stale, both);
        }
    }

    /** No filter but needs review and freshness: the counts come from the indexes alone. */
    private static boolean onlyPrimary(QueueFilter f) {
        return f.onlyPrimary();
    }

    /**
     * How many posts of the filtered queue have open findings of each check, most first: the counts beside the
     * queue's finding filter ("repeated-sentence 212 · hidden-content 3").
     */
    public Map<String, Integer> findingCounts(QueueFilter filter) {
        return jdbi.withHandle(h -> {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            QueueFilterSql.bind(h.createQuery("SELECT f.check_id, COUNT(DISTINCT f.post_id) FROM finding f WHERE f.post_id IN "
                            + "(SELECT id FROM post" + QueueFilterSql.where(filter, true) + ") AND " + FindingRepository.notDismissed()
                            + " GROUP BY f.check_id ORDER BY 2 DESC, 1"), filter)
                    .map((rs, ctx) -> counts.put(rs.getString(1), rs.getInt(2))).forEach(x -> { });
            return counts;
        });
    }

    /** The names posts outside the trash are assigned to, in alphabetical order. */
    public List<String> assignees() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT assignee FROM post WHERE assignee IS NOT NULL "
                + "AND in_trash = FALSE ORDER BY assignee").mapTo(String.class).list());
    }

    /** How many posts the filter selects (the count query of a page, on its own). */
    public int count(QueueFilter filter) {
        return jdbi.withHandle(h -> QueueFilterSql.bind(h.createQuery("SELECT COUNT(*) FROM post" + QueueFilterSql.where(filter, true)), filter)
                .mapTo(Integer.class).one());
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
                Post changed = reviewed(p.post(), today, bumpOrNull);
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

    private static Post reviewed(Post post, LocalDate today, SemVer.Bump bumpOrNull) {
        Meta m = post.meta();
        Flags f = m.flags() == null ? new Flags(null, null, null, false) : m.flags().withNeedsHumanReview(false);
        Revision r = m.revisionOrEmpty().withStatus(ReviewStatus.REVIEWED).withLastReviewed(today);
        Post reviewed = post.withMeta(m.toBuilder().flags(f).revision(r).build());
        return bumpOrNull == null ? reviewed : RevisionRepository.bumped(reviewed, bumpOrNull, today);
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
                if (changed.equals(p.post())) continue;
                revisions.keepImportedState(h, p.id());
                PostWriter.update(h, p.id(), changed);
                h.execute("UPDATE post SET edited_since_import = TRUE WHERE id = ?", p.id());
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
