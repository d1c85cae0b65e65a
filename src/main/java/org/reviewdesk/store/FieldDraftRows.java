package org.reviewdesk.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.reviewdesk.model.FieldDrafts;

/** A post's field drafts in {@code post_field_draft}, read and replaced within the caller's transaction. */
final class FieldDraftRows {
    private FieldDraftRows() {
    }

    static FieldDrafts read(Handle h, long postId) {
        Map<String, String> byField = new LinkedHashMap<>();
        h.createQuery("SELECT field, raw_text FROM post_field_draft WHERE post_id = ? ORDER BY position")
                .bind(0, postId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> byField.put(e.getKey(), e.getValue()));
        return new FieldDrafts(byField);
    }

    /** The post's drafts become exactly {@code drafts}: a field corrected since the last save loses its draft. */
    static void replace(Handle h, long postId, FieldDrafts drafts) {
        h.execute("DELETE FROM post_field_draft WHERE post_id = ?", postId);
        if (drafts.isEmpty()) return;
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO post_field_draft (post_id, field, raw_text, position) VALUES (:post, :field, :text, :position)");
        int position = 0;
        for (Map.Entry<String, String> e : drafts.byField().entrySet()) {
            batch.bind("post", postId).bind("field", e.getKey()).bind("text", e.getValue()).bind("position", position++).add();
        }
        batch.execute();
    }
}
