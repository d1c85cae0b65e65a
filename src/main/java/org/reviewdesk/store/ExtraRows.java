package org.reviewdesk.store;

import static org.reviewdesk.store.SqlType.BIGINT;
import static org.reviewdesk.store.SqlType.BOOLEAN;
import static org.reviewdesk.store.SqlType.INTEGER;
import static org.reviewdesk.store.SqlType.VARCHAR;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.Meta;

/**
 * The post_extra table: the meta's keys that Review Desk does not know, in their order, a value or a list of values
 * each (a list one row per entry), so that a post is written back as it was read.
 */
final class ExtraRows {
    /** Marks the one row of an empty list, which still needs a row to exist. */
    private static final int EMPTY_LIST = -1;

    /** What an extra row is written from: a key's value, or one entry of its list. */
    record Extra(long postId, int position, String key, boolean isList, int item, String value) {
    }

    static final ColumnTable<Extra> COLUMNS = new ColumnTable<>("post_extra", List.of(
            ColumnTable.column("post_id", BIGINT, Extra::postId),
            ColumnTable.column("position", INTEGER, Extra::position),
            ColumnTable.column("meta_key", VARCHAR, Extra::key),
            ColumnTable.column("is_list", BOOLEAN, Extra::isList),
            ColumnTable.column("item", INTEGER, Extra::item),
            ColumnTable.column("val", VARCHAR, Extra::value)));

    private ExtraRows() {
    }

    /** Adds the rows of the meta's extra keys to a batch of {@link #COLUMNS}' insert; returns how many. */
    static int add(PreparedStatement extras, long postId, Meta m) throws SQLException {
        int rows = 0;
        int position = 0;
        for (Map.Entry<String, Object> e : m.extra().entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                if (list.isEmpty()) rows += add(extras, new Extra(postId, position, e.getKey(), true, EMPTY_LIST, ""));
                int item = 0;
                for (Object v : list) rows += add(extras, new Extra(postId, position, e.getKey(), true, item++, String.valueOf(v)));
            } else {
                rows += add(extras, new Extra(postId, position, e.getKey(), false, 0, String.valueOf(e.getValue())));
            }
            position++;
        }
        return rows;
    }

    private static int add(PreparedStatement extras, Extra extra) throws SQLException {
        COLUMNS.set(extras, 1, extra);
        extras.addBatch();
        return 1;
    }

    /** The extra keys of these posts, in their order, by post id; a post without any is left out. */
    static Map<Long, Map<String, Object>> read(Handle h, List<Long> postIds) {
        Map<Long, Map<Integer, Object[]>> byPost = new HashMap<>();
        h.createQuery("SELECT post_id, position, meta_key, is_list, item, val FROM post_extra WHERE post_id IN (<ids>) "
                        + "ORDER BY post_id, position, item")
                .bindList("ids", postIds).map((rs, ctx) -> {
                    Map<Integer, Object[]> keys = byPost.computeIfAbsent(rs.getLong(1), id -> new java.util.TreeMap<>());
                    int position = rs.getInt(2);
                    if (!rs.getBoolean(4)) {
                        keys.put(position, new Object[] {rs.getString(3), rs.getString(6)});
                    } else {
                        String key = rs.getString(3);
                        Object[] e = keys.computeIfAbsent(position, k -> new Object[] {key, new ArrayList<String>()});
                        @SuppressWarnings("unchecked")
                        List<String> list = (List<String>) e[1];
                        if (rs.getInt(5) >= 0) list.add(rs.getString(6));
                    }
                    return 0;
                }).forEach(x -> { });
        Map<Long, Map<String, Object>> extras = new HashMap<>();
        byPost.forEach((id, keys) -> {
            Map<String, Object> ex = new LinkedHashMap<>();
            for (Object[] e : keys.values()) ex.put((String) e[0], e[1]);
            extras.put(id, ex);
        });
        return extras;
    }
}
