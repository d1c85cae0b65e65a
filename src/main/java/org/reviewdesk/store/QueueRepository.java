package org.reviewdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
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

    QueueRepository(Jdbi jdbi, RevisionRepository revisions) {
        this.jdbi = jdbi;
        this.revisions = revisions;
    }

    public QueuePage page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        return jdbi.inTransaction(h -> {
            String where = where(filter, true);
            List<PostSummary> rows = bind(h.createQuery("SELECT " + PostRepository.SUMMARY_COLUMNS + " FROM post" + where
                    + " ORDER BY " + sort.orderBy() + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), filter)
                    .bind("offset", offset).bind("limit", limit)
                    .map((rs, ctx) -> PostRepository.summary(rs)).list();
            int total = bind(h.createQuery("SELECT COUNT(*) FROM post" + where), filter).mapTo(Integer.class).one();
            QueueCounts counts = bind(h.createQuery("SELECT "
                            + "COALESCE(SUM(CASE WHEN needs_review THEN 1 ELSE 0 END), 0), "
                            + "COALESCE(SUM(CASE WHEN freshness <= :stale THEN 1 ELSE 0 END), 0), "
                            + "COALESCE(SUM(CASE WHEN needs_review AND freshness <= :stale THEN 1 ELSE 0 END), 0) "
                            + "FROM post" + where(filter, false)), filter)
                    .bind("stale", filter.staleThreshold())
                    .map((rs, ctx) -> new QueueCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).one();
            return new QueuePage(rows, total, counts);
        });
    }

    /** How many posts the filter selects (the count query of a page, on its own). */
    public int count(QueueFilter filter) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT COUNT(*) FROM post" + where(filter, true)), filter)
                .mapTo(Integer.class).one());
    }

    private static String where(QueueFilter f, boolean withPrimary) {
        StringBuilder sb = new StringBuilder(" WHERE deleted_at IS NULL");
        if (withPrimary) {
            if (f.needsReview() && f.maxFreshness() != null) sb.append(" AND (needs_review OR freshness <= :max)");
            else if (f.needsReview()) sb.append(" AND needs_review");
            else if (f.maxFreshness() != null) sb.append(" AND freshness <= :max");
        }
        if (f.status() != null) sb.append(" AND status = :status");
        if (f.difficulty() != null) sb.append(" AND difficulty = :difficulty");
        if (f.stackOrTool() != null) {
            sb.append(" AND id IN (SELECT post_id FROM post_item WHERE list IN ('stack', 'tools') AND LOWER(item) = :tag)");
        }
        if (f.assignee() != null) sb.append(f.assignee().isEmpty() ? " AND assignee IS NULL" : " AND assignee = :assignee");
        if (f.hasFindings() != null) sb.append(f.hasFindings() ? " AND findings_total > 0" : " AND findings_total = 0");
        return sb.toString();
    }

    private static Query bind(Query q, QueueFilter f) {
        if (f.maxFreshness() != null) q.bind("max", f.maxFreshness());
        if (f.status() != null) q.bind("status", f.status());
        if (f.difficulty() != null) q.bind("difficulty", f.difficulty());
        if (f.stackOrTool() != null) q.bind("tag", f.stackOrTool().toLowerCase(Locale.ROOT));
        if (f.assignee() != null && !f.assignee().isEmpty()) q.bind("assignee", f.assignee());
        return q;
    }

    /**
     * Marks posts reviewed: needs human review cleared, status reviewed, last reviewed {@code today}; with a bump,
     * each gets its next version and a snapshot revision.
     */
    public UndoToken markReviewed(List<Long> ids, LocalDate today, SemVer.Bump bumpOrNull, String note) {
        return change("mark reviewed", ids, post -> {
            Meta m = post.meta();
            Flags f = m.flags() == null ? new Flags(null, null, null, false) : m.flags().withNeedsHumanReview(false);
            Revision r = m.revisionOrEmpty().withStatus(ReviewStatus.REVIEWED).withLastReviewed(today);
            Post reviewed = post.withMeta(m.toBuilder().flags(f).revision(r).build());
            return bumpOrNull == null ? reviewed : RevisionRepository.bumped(reviewed, bumpOrNull, today);
        }, bumpOrNull == null ? null : (note == null || note.isBlank() ? "marked reviewed" : note));
    }

    public UndoToken flagForReview(List<Long> ids) {
        return change("flag for review", ids, post -> {
            Meta m = post.meta();
            Flags f = m.flags() == null ? new Flags(null, null, null, true) : m.flags().withNeedsHumanReview(true);
            return post.withMeta(m.toBuilder().flags(f).build());
        }, null);
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
            List<StoredPost> before = PostRows.load(h, ids);
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
            List<StoredPost> before = PostRows.load(h, ids);
            for (StoredPost p : before) {
                Post changed = edit.apply(p.post());
                if (changed.equals(p.post())) continue;
                revisions.keepImportedState(h, p.id());
                PostRepository.update(h, p.id(), changed);
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
                PostRepository.update(h, p.id(), p.post());
                h.createUpdate("UPDATE post SET assignee = ?, edited_since_import = ? WHERE id = ?")
                        .bindByType(0, p.assignee(), String.class).bind(1, p.editedSinceImport()).bind(2, p.id()).execute();
            }
            Library.touch(h);
        });
    }

}
