package org.reviewdesk.store;

import org.reviewdesk.model.Readability;
import org.reviewdesk.model.library.StoredFinding;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Findings stored with their posts, dismissals with reasons, and which checks a library has switched off. */
public final class FindingRepository {
    private final Jdbi jdbi;

    FindingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Replaces a post's findings and updates its counts; dismissed ones are not counted. */
    public void replace(long postId, List<StoredFinding> findings) {
        replaceAll(java.util.Map.of(postId, findings));
    }

    /** Replaces the findings of many posts in one transaction (a check of many posts: one sync, not one per post). */
    public void replaceAll(java.util.Map<Long, List<StoredFinding>> findingsByPost) {
        replaceAll(findingsByPost, java.util.Map.of());
    }

    /**
     * Replaces the findings of many posts, and writes the readability of their prose that the same check measured,
     * in one transaction: the queue's readability column is as fresh as its findings count.
     */
    public void replaceAll(java.util.Map<Long, List<StoredFinding>> findingsByPost,
                           java.util.Map<Long, Readability> readabilityByPost) {
        if (findingsByPost.isEmpty() && readabilityByPost.isEmpty()) return;
        jdbi.useTransaction(h -> {
            writeReadability(h, readabilityByPost);
            var delete = h.prepareBatch("DELETE FROM finding WHERE post_id = ?");
            for (Long postId : findingsByPost.keySet()) delete.bind(0, postId).add();
            delete.execute();
            var messageIds = FindingMessages.intern(h, findingsByPost.values().stream().flatMap(List::stream)
                    .map(StoredFinding::message).toList());
            var batch = h.prepareBatch("INSERT INTO finding (post_id, check_id, severity, message_id, line, start_pos, end_pos, "
                    + "field) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            List<Standing> standing = new java.util.ArrayList<>();
            findingsByPost.forEach((postId, findings) -> {
                for (StoredFinding f : findings) {
                    if (f.unlisted() > 0) {
                        standing.add(new Standing(postId, f));
                        continue;
                    }
                    batch.bind(0, postId).bind(1, f.checkId()).bind(2, f.severity()).bind(3, messageIds.get(f.message()))
                            .bind(4, f.line())
                            .bind(5, f.start()).bind(6, f.end()).bindByType(7, f.field(), String.class).add();
                }
            });
            if (batch.size() > 0) batch.execute();
            for (Standing s : standing) insertStanding(h, s.postId(), s.finding(), messageIds.get(s.finding().message()));
            for (Long postId : findingsByPost.keySet()) updateCounts(h, postId);
            Library.touch(h);
        });
    }

    /** A finding of a post that stands for more past it (V19). */
    private record Standing(long postId, StoredFinding finding) {
    }

    /** A finding that stands for more past it: rare, a post that is not prose; inserted alone for its id. */
    private static void insertStanding(org.jdbi.v3.core.Handle h, long postId, StoredFinding f, long messageId) {
        long id = h.createUpdate("INSERT INTO finding (post_id, check_id, severity, message_id, line, start_pos, end_pos, field) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, postId).bind(1, f.checkId()).bind(2, f.severity()).bind(3, messageId).bind(4, f.line())
                .bind(5, f.start()).bind(6, f.end()).bindByType(7, f.field(), String.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.execute("INSERT INTO finding_unlisted (finding_id, unlisted) VALUES (?, ?)", id, f.unlisted());
    }

    private static void writeReadability(org.jdbi.v3.core.Handle h, java.util.Map<Long, Readability> byPost) {
        if (byPost.isEmpty()) return;
        var update = h.prepareBatch("UPDATE post SET reading_ease = ?, words_per_sentence = ? WHERE id = ?");
        byPost.forEach((postId, r) -> update
                .bindByType(0, r.measured() ? (Integer) (int) Math.round(r.readingEase()) : null, Integer.class)
                .bindByType(1, r.measured() ? java.math.BigDecimal.valueOf(r.wordsPerSentence())
                        .setScale(1, java.math.RoundingMode.HALF_UP) : null, java.math.BigDecimal.class)
                .bind(2, postId).add());
        update.execute();
    }

    /** A post's open findings, each counted with those it stands for (V19). */
    private static final String COUNT = "SELECT COUNT(*) + COALESCE(SUM(u.unlisted), 0) FROM finding f "
            + "LEFT JOIN finding_unlisted u ON u.finding_id = f.id WHERE f.post_id = p.id AND ";

    private static void updateCounts(org.jdbi.v3.core.Handle h, long postId) {
        h.execute("UPDATE post p SET "
                + "findings_error = (" + COUNT + "f.severity = 'error' AND " + notDismissed() + "), "
                + "findings_warning = (" + COUNT + "f.severity = 'warning' AND " + notDismissed() + "), "
                + "findings_info = (" + COUNT + "f.severity = 'info' AND " + notDismissed() + "), "
                + "findings_total = (" + COUNT + notDismissed() + ") "
                + "WHERE p.id = ?", postId);
        // Which checks the post has open findings of, for the queue's counts per check (V16).
        h.execute("DELETE FROM post_open_checks WHERE post_id = ?", postId);
        h.execute("INSERT INTO post_open_checks (post_id, check_ids) SELECT f.post_id, "
                + Dialect.of(h).sortedDistinctList("f.check_id") + " FROM finding f WHERE f.post_id = ? AND " + notDismissed()
                + " GROUP BY f.post_id", postId);
    }

    /**
     * Where a dismissal of finding {@code f} applies, as SQL: its field, or its line, so that it outlives the checks run
     * again. A hidden-content or embedded-content finding's also takes its message, which quotes the hidden text or names
     * where the embedded thing comes from: a dismissal vouches for that, and another put later on the same line comes
     * back open.
     */
    private static final String ANCHOR = "CASE WHEN f.field IS NOT NULL THEN 'field:' || f.field "
            + "WHEN f.check_id IN ('hidden-content', 'embedded-content') THEN 'line:' || f.line || ':' || f.message_id ELSE 'line:' || f.line END";

    /** The SQL condition that finding {@code f} is not dismissed. */
    static String notDismissed() {
        return "NOT EXISTS (SELECT 1 FROM finding_dismissal d WHERE d.post_id = f.post_id AND d.check_id = f.check_id "
                + "AND d.anchor = " + ANCHOR + ")";
    }

    public List<StoredFinding> list(long postId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT f.id, f.check_id, f.severity, m.message, f.line, f.start_pos, f.end_pos, "
                        + "f.field, d.reason, COALESCE(u.unlisted, 0) FROM finding f JOIN finding_message m ON m.id = f.message_id "
                        + "LEFT JOIN finding_unlisted u ON u.finding_id = f.id "
                        + "LEFT JOIN finding_dismissal d ON d.post_id = f.post_id "
                        + "AND d.check_id = f.check_id AND d.anchor = " + ANCHOR + " WHERE f.post_id = ? ORDER BY f.line, f.id")
                .bind(0, postId)
                .map((rs, ctx) -> new StoredFinding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getInt(10))).list());
    }

    /** Dismisses a finding with a reason, which is kept; it stays dismissed when the checks run again. */
    public void dismiss(long findingId, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a dismissal needs a reason");
        jdbi.useTransaction(h -> {
            Object[] at = anchorOf(h, findingId);
            h.execute(Dialect.of(h).upsert("finding_dismissal", "post_id, check_id, anchor", "post_id, check_id, anchor, reason",
                    "?, ?, ?, ?"), at[0], at[1], at[2], reason.strip());
            updateCounts(h, (Long) at[0]);
            Library.touch(h);
        });
    }

    /** The post, check and dismissal anchor of a finding. */
    private static Object[] anchorOf(org.jdbi.v3.core.Handle h, long findingId) {
        return h.createQuery("SELECT f.post_id, f.check_id, " + ANCHOR + " FROM finding f WHERE f.id = ?").bind(0, findingId)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no finding " + findingId));
    }

    /**
     * Takes a dismissal back: the finding with this id counts again, and stays open when the checks run again.
     *
     * @return false when the finding was not dismissed
     */
    public boolean undismiss(long findingId) {
        return jdbi.inTransaction(h -> {
            Object[] at = anchorOf(h, findingId);
            int n = h.execute("DELETE FROM finding_dismissal WHERE post_id = ? AND check_id = ? AND anchor = ?", at[0], at[1], at[2]);
            updateCounts(h, (Long) at[0]);
            Library.touch(h);
            return n > 0;
        });
    }

    public void setCheckEnabled(String checkId, boolean enabled) {
        jdbi.useTransaction(h -> {
            h.execute(Dialect.of(h).upsert("check_setting", "check_id", "check_id, enabled", "?, ?"), checkId, enabled);
            Library.touch(h);
        });
    }

    public Set<String> disabledChecks() {
        return jdbi.withHandle(h -> Set.copyOf(h.createQuery("SELECT check_id FROM check_setting WHERE NOT enabled")
                .mapTo(String.class).list()));
    }
}
