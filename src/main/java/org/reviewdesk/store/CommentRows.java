package org.reviewdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.model.library.PostComment.Anchor;

/** The rows of post_comment and revision_comment, within the caller's transaction. */
final class CommentRows {
    private static final String COLUMNS = "comment_id, parent_id, author, created_at, edited_at, comment_text, resolved, "
            + "anchor_start, anchor_end, quote, text_removed";

    private CommentRows() {
    }

    /** The threads in {@code table} whose {@code keyColumn} is {@code key}, open first, then by place; replies nested. */
    static List<PostComment> threads(Handle h, String table, String keyColumn, long key) {
        String id = table.equals("post_comment") ? "id AS comment_id" : "comment_id";
        String post = table.equals("post_comment") ? "post_id" : "(SELECT r.post_id FROM revision r WHERE r.id = revision_id)";
        List<PostComment> rows = h.createQuery("SELECT " + id + ", " + post + " AS post_id, " + COLUMNS.substring(COLUMNS.indexOf(',') + 2)
                        + " FROM " + table + " WHERE " + keyColumn + " = ? ORDER BY resolved, anchor_start, comment_id")
                .bind(0, key).map((rs, ctx) -> comment(rs)).list();
        Map<Long, List<PostComment>> replies = new LinkedHashMap<>();
        List<PostComment> threads = new ArrayList<>();
        for (PostComment c : rows) {
            if (c.isReply()) replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            else threads.add(c);
        }
        return threads.stream().map(t -> t.withReplies(replies.getOrDefault(t.id(), List.of()).stream()
                .sorted(java.util.Comparator.comparingLong(PostComment::id)).toList())).toList();
    }

    static Optional<PostComment> find(Handle h, long id) {
        return h.createQuery("SELECT id AS comment_id, post_id, " + COLUMNS.substring(COLUMNS.indexOf(',') + 2)
                + " FROM post_comment WHERE id = ?").bind(0, id).map((rs, ctx) -> comment(rs)).findOne();
    }

    private static PostComment comment(ResultSet rs) throws SQLException {
        Long parent = (Long) SqlType.BIGINT.read(rs, "parent_id");
        OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
        Integer start = (Integer) SqlType.INTEGER.read(rs, "anchor_start");
        Anchor anchor = start == null ? null
                : new Anchor(start, rs.getInt("anchor_end"), rs.getString("quote"), rs.getBoolean("text_removed"));
        return new PostComment(rs.getLong("comment_id"), rs.getLong("post_id"), parent, rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), edited == null ? null : edited.toInstant(),
                rs.getString("comment_text"), rs.getBoolean("resolved"), anchor, List.of());
    }

    /** Sets the post's count of open threads from its comments. */
    static void recount(Handle h, long postId) {
        h.execute("UPDATE post p SET open_comments = (SELECT COUNT(*) FROM post_comment c WHERE c.post_id = p.id "
                + "AND c.parent_id IS NULL AND NOT c.resolved) WHERE p.id = ?", postId);
    }

    /** Whether the post has anchored comments, whose anchors a new body has to carry. */
    static boolean anchored(Handle h, long postId) {
        return h.createQuery("SELECT COUNT(*) FROM post_comment WHERE post_id = ? AND anchor_start IS NOT NULL")
                .bind(0, postId).mapTo(Integer.class).one() > 0;
    }

    /** Carries the post's anchors from {@code oldBody} to {@code newBody} (AnchorShift); writes only those that moved. */
    static void reanchor(Handle h, long postId, String oldBody, String newBody) {
        if (java.util.Objects.equals(oldBody, newBody)) return;
        Map<Long, Anchor> anchors = new LinkedHashMap<>();
        h.createQuery("SELECT id, anchor_start, anchor_end, quote, text_removed FROM post_comment WHERE post_id = ? "
                        + "AND anchor_start IS NOT NULL").bind(0, postId)
                .map((rs, ctx) -> anchors.put(rs.getLong(1), new Anchor(rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getBoolean(5)))).forEach(x -> { });
        AnchorShift shift = AnchorShift.between(oldBody, newBody, List.copyOf(anchors.values()));
        var batch = h.prepareBatch("UPDATE post_comment SET anchor_start = ?, anchor_end = ?, quote = ?, text_removed = ? "
                + "WHERE id = ?");
        anchors.forEach((id, was) -> {
            Anchor a = shift.apply(was);
            if (!a.equals(was)) batch.bind(0, a.start()).bind(1, a.end()).bind(2, a.quote()).bind(3, a.textRemoved()).bind(4, id).add();
        });
        if (batch.size() > 0) batch.execute();
    }

    /** Whether two comments are the same one: the same author, time and text. */
    static boolean same(PostComment a, PostComment b) {
        return a.author().equals(b.author()) && a.createdAt().equals(b.createdAt()) && a.text().equals(b.text());
    }

    /** {@code anchor} on {@code body}: where it says when the body holds its quote there, else where the quote is. */
    static Anchor fit(Anchor anchor, String body) {
        String quote = anchor.quote();
        if (!anchor.textRemoved() && anchor.end() <= body.length() && anchor.start() < anchor.end()
                && body.substring(anchor.start(), anchor.end()).equals(quote)) return anchor;
        int found = quote.isEmpty() ? -1 : body.indexOf(quote);
        if (found >= 0) return new Anchor(found, found + quote.length(), quote, false);
        int at = Math.min(anchor.start(), body.length());
        return new Anchor(at, at, quote, true);
    }

    /** Writes a comment read from elsewhere (an import) as it is, its state, times and anchor kept; returns its id. */
    static long insert(Handle h, long postId, Long parentId, PostComment c, Anchor anchor) {
        return h.createUpdate("INSERT INTO post_comment (post_id, parent_id, author, created_at, edited_at, comment_text, "
                        + "resolved, anchor_start, anchor_end, quote, text_removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, postId).bindByType(1, parentId, Long.class).bind(2, c.author())
                .bind(3, c.createdAt().atOffset(java.time.ZoneOffset.UTC))
                .bindByType(4, c.editedAt() == null ? null : c.editedAt().atOffset(java.time.ZoneOffset.UTC), OffsetDateTime.class)
                .bind(5, c.text()).bind(6, c.resolved())
                .bindByType(7, anchor == null ? null : anchor.start(), Integer.class)
                .bindByType(8, anchor == null ? null : anchor.end(), Integer.class)
                .bindByType(9, anchor == null ? null : anchor.quote(), String.class)
                .bind(10, anchor != null && anchor.textRemoved())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Copies the post's comments as they are into revision {@code revisionId}. */
    static void snapshot(Handle h, long revisionId, long postId) {
        h.execute("INSERT INTO revision_comment (revision_id, " + COLUMNS + ") SELECT ?, id, "
                + COLUMNS.substring(COLUMNS.indexOf(',') + 2) + " FROM post_comment WHERE post_id = ?", revisionId, postId);
    }
}
