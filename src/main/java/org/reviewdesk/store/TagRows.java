package org.reviewdesk.store;

import static org.reviewdesk.store.SqlType.BIGINT;
import static org.reviewdesk.store.SqlType.VARCHAR;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.reviewdesk.model.Meta;

/**
 * The post_tag table: a post's stack and tools entries, which the queue's filter and the suggestions look up. They
 * are keyed by the post's id times {@link #TAG_SPAN} plus their place (tools from half of it), so that a post's
 * entries are one range of the table's key (migration V4).
 */
final class TagRows {
    private static final long TAG_SPAN = 4096;
    private static final int TOOLS_FROM = 2048;

    /** What a tag row is written from: one entry of a list. */
    record Tag(long id, long postId, String list, String item) {
    }

    static final ColumnTable<Tag> COLUMNS = new ColumnTable<>("post_tag", List.of(
            ColumnTable.column("id", BIGINT, Tag::id),
            ColumnTable.column("post_id", BIGINT, Tag::postId),
            ColumnTable.column("list", VARCHAR, Tag::list),
            ColumnTable.column("item", VARCHAR, Tag::item),
            ColumnTable.column("item_key", VARCHAR, t -> t.item().toLowerCase(Locale.ROOT))));

    private TagRows() {
    }

    /** The first key of a post's post_tag range. */
    static long firstTag(long postId) {
        return postId * TAG_SPAN;
    }

    /** The last key of a post's post_tag range. */
    static long lastTag(long postId) {
        return postId * TAG_SPAN + TAG_SPAN - 1;
    }

    /** Adds the post's stack and tools entries to a batch of {@link #COLUMNS}' insert; returns how many. */
    static int add(PreparedStatement tags, long postId, Meta m) throws SQLException {
        return add(tags, postId, "stack", 0, m.stack()) + add(tags, postId, "tools", TOOLS_FROM, m.tools());
    }

    /**
     * The first 2,048 entries of a list (the whole list stays in the post's column; a stack longer than that is no
     * stack).
     */
    private static int add(PreparedStatement tags, long postId, String list, int from, List<String> values)
            throws SQLException {
        if (values == null) return 0;
        int n = Math.min(values.size(), TOOLS_FROM);
        for (int i = 0; i < n; i++) {
            COLUMNS.set(tags, 1, new Tag(firstTag(postId) + from + i, postId, list, values.get(i)));
            tags.addBatch();
        }
        return n;
    }

    /** Deletes the tag rows of these posts (post_tag has no foreign key to cascade from the post). */
    static void delete(Handle h, List<Long> postIds) {
        if (postIds.isEmpty()) return;
        PreparedBatch delete = h.prepareBatch("DELETE FROM post_tag WHERE id BETWEEN ? AND ?");
        for (long id : postIds) delete.bind(0, firstTag(id)).bind(1, lastTag(id)).add();
        delete.execute();
    }
}
