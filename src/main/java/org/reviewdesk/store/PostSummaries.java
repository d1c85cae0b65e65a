package org.reviewdesk.store;

import org.reviewdesk.model.library.PostSummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The posts as the lists show them (a summary each): by id, and found by text, ordered by title. */
final class PostSummaries {
    static final String COLUMNS = "id, reference, title, status, version, freshness, quality, needs_review, "
            + "last_reviewed, view_count, assignee, findings_total, reading_ease, open_comments";

    /** {@link #COLUMNS}, each of the table named {@code alias}. */
    static String columnsOf(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private final Jdbi jdbi;

    PostSummaries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static PostSummary summary(ResultSet rs) throws SQLException {
        return new PostSummary(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), rs.getString("status"),
                rs.getString("version"), (Integer) SqlType.INTEGER.read(rs, "freshness"),
                (Integer) SqlType.INTEGER.read(rs, "quality"), rs.getBoolean("needs_review"),
                rs.getObject("last_reviewed", LocalDate.class), (Long) SqlType.BIGINT.read(rs, "view_count"),
                rs.getString("assignee"), rs.getInt("findings_total"), (Integer) SqlType.INTEGER.read(rs, "reading_ease"), rs.getInt("open_comments"));
    }

    /** The summaries of posts by id, in the order given, leaving out those in the trash or gone. */
    List<PostSummary> summaries(List<Long> ids) {
        return jdbi.withHandle(h -> summaries(h, ids));
    }

    /** {@link #summaries(List)} within a transaction of the caller's (the queue's page). */
    static List<PostSummary> summaries(Handle h, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, PostSummary> byId = new HashMap<>();
        h.createQuery("SELECT " + COLUMNS + " FROM post WHERE in_trash = FALSE AND id IN (<ids>)")
                .bindList("ids", ids).map((rs, ctx) -> summary(rs)).forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Title, topic, reference and body contain {@code text} (case aside); empty text: every post. Ordered by title. */
    List<PostSummary> search(String text, int offset, int limit) {
        boolean all = text == null || text.isBlank();
        return jdbi.withHandle(h -> Dialect.hinted(h, "post_title", hint -> h.createQuery("SELECT " + COLUMNS + " FROM post"
                        + (all ? hint : "") + " WHERE in_trash = FALSE"
                        + searchClause(text) + " ORDER BY in_trash, title_key, reference OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("pattern", pattern(text)).bind("offset", offset).bind("limit", limit)
                .map((rs, ctx) -> summary(rs)).list()));
    }

    /** How many posts not in the trash {@link #search} finds. */
    int count(String text) {
        if (text == null || text.isBlank()) {
            // H2 knows a table's row count without a scan, and the trash is a short range of the queue index;
            // counting "not in the trash" directly scanned every row (docs/performance.md).
            return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post").mapTo(Integer.class).one()
                    - h.createQuery("SELECT COUNT(*) FROM post WHERE in_trash = TRUE").mapTo(Integer.class).one());
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post WHERE in_trash = FALSE" + searchClause(text))
                .bind("pattern", pattern(text)).mapTo(Integer.class).one());
    }

    private static String searchClause(String text) {
        if (text == null || text.isBlank()) return " AND CAST(:pattern AS VARCHAR(4000)) IS NULL";
        return " AND (title_key LIKE :pattern OR LOWER(topic) LIKE :pattern OR LOWER(reference) LIKE :pattern"
                + " OR id IN (SELECT post_id FROM post_body WHERE LOWER(body) LIKE :pattern))";
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) return null;
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
