package org.reviewdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The values the meta form suggests while the user types: the distinct stack and tools entries and code languages
 * of the posts not in the trash, the most used first.
 */
final class DistinctItems {
    /** The lists and columns whose values the meta form offers as suggestions. */
    static final List<String> FIELDS = List.of("stack", "tools", "code_language");

    private final Jdbi jdbi;

    DistinctItems(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Distinct values of {@code field} ("stack", "tools" or "code_language") over the posts not in the trash,
     * the most used first, then alphabetically.
     */
    List<String> of(String field, int limit) {
        return switch (field) {
            case "stack", "tools" -> jdbi.withHandle(h -> mostUsed(h,
                    h.createQuery("SELECT item, COUNT(*) FROM post_tag WHERE list = :list GROUP BY item").bind("list", field),
                    (ids, counts) -> trashedTags(h, ids, field, counts), limit));
            case "code_language" -> jdbi.withHandle(h -> mostUsed(h,
                    h.createQuery("SELECT code_language, COUNT(*) FROM post" + Dialect.of(h).indexHint("post_code_language") + " "
                            + "WHERE code_language IS NOT NULL AND code_language <> '' GROUP BY code_language"),
                    (ids, counts) -> trashedLanguages(h, ids, counts), limit));
            default -> throw new IllegalArgumentException("no suggestions for '" + field + "' (expected one of "
                    + FIELDS + ")");
        };
    }

    /**
     * Values counted over every post by {@code all} (a query on an index alone, answering value and count), less the
     * trash's share, which {@code subtractTrashed} takes off the counts for a thousand trashed ids at a time: a join
     * with every post was much slower (docs/performance.md). The most used come first, then alphabetically.
     */
    private static List<String> mostUsed(Handle h, Query all, BiConsumer<List<Long>, Map<String, Integer>> subtractTrashed,
                                         int limit) {
        Map<String, Integer> counts = new HashMap<>();
        all.map((rs, ctx) -> counts.merge(rs.getString(1), rs.getInt(2), Integer::sum)).forEach(x -> { });
        List<Long> trashed = h.createQuery("SELECT id FROM post WHERE in_trash = TRUE").mapTo(Long.class).list();
        for (int i = 0; i < trashed.size(); i += 1000) {
            subtractTrashed.accept(trashed.subList(i, Math.min(trashed.size(), i + 1000)), counts);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Takes the code languages of these posts off the counts. */
    private static void trashedLanguages(Handle h, List<Long> ids, Map<String, Integer> counts) {
        h.createQuery("SELECT code_language, COUNT(*) FROM post WHERE id IN (<ids>) "
                        + "AND code_language IS NOT NULL AND code_language <> '' GROUP BY code_language").bindList("ids", ids)
                .map((rs, ctx) -> counts.merge(rs.getString(1), -rs.getInt(2), Integer::sum)).forEach(x -> { });
    }

    /**
     * Takes the stack or tools entries of these posts off the counts, one range of post_tag's key per post: one query
     * with a range per post scanned every entry of the list for each (docs/performance.md).
     */
    private static void trashedTags(Handle h, List<Long> ids, String list, Map<String, Integer> counts) {
        try (PreparedStatement ps = h.getConnection().prepareStatement(
                "SELECT list, item FROM post_tag WHERE id BETWEEN ? AND ?")) {
            // The list is told apart here: with it in the query, H2 chose the (list, item) index and read every entry.
            for (long id : ids) {
                ps.setLong(1, TagRows.firstTag(id));
                ps.setLong(2, TagRows.lastTag(id));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (list.equals(rs.getString(1))) counts.merge(rs.getString(2), -1, Integer::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
    }
}
