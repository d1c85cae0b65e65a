package org.reviewdesk.store;

import java.util.Locale;
import org.jdbi.v3.core.statement.Query;
import org.reviewdesk.model.library.QueueFilter;

/** The SQL of a queue filter: the WHERE clause over the post table and the values it binds. */
final class QueueFilterSql {
    private QueueFilterSql() {
    }

    static String where(QueueFilter f, boolean withPrimary) {
        StringBuilder sb = new StringBuilder(" WHERE in_trash = FALSE");
        if (withPrimary) {
            if (f.needsReview() && f.maxFreshness() != null) sb.append(" AND (needs_review OR freshness_key <= :max)");
            else if (f.needsReview()) sb.append(" AND needs_review");
            else if (f.maxFreshness() != null) sb.append(" AND freshness_key <= :max");
        }
        if (f.status() != null) sb.append(" AND status = :status");
        if (f.difficulty() != null) sb.append(" AND difficulty = :difficulty");
        if (f.stackOrTool() != null) {
            sb.append(" AND id IN (SELECT post_id FROM post_tag WHERE list IN ('stack', 'tools') AND item_key = :tag)");
        }
        if (f.assignee() != null) sb.append(f.assignee().isEmpty() ? " AND assignee IS NULL" : " AND assignee = :assignee");
        if (f.hasFindings() != null) sb.append(f.hasFindings() ? " AND findings_total > 0" : " AND findings_total = 0");
        if (!f.checkIds().isEmpty()) sb.append(withOpenFinding("check_id IN (<checks>)"));
        if (!f.severities().isEmpty()) sb.append(withOpenFinding("severity IN (<severities>)"));
        range(sb, "quality", f.quality());
        range(sb, "depth", f.depth());
        range(sb, "clarity", f.clarity());
        range(sb, "reading_time", f.readingTime());
        range(sb, "reading_ease", f.readingEase());
        if (f.minOpenComments() != null) sb.append(" AND open_comments >= :min_open_comments");
        return sb.toString();
    }

    private static String withOpenFinding(String condition) {
        return " AND id IN (SELECT f.post_id FROM finding f WHERE f." + condition + " AND "
                + FindingRepository.notDismissed() + ")";
    }

    /** Bounds of a score column, bound as :min_COLUMN and :max_COLUMN. */
    private static void range(StringBuilder sb, String column, QueueFilter.Range range) {
        if (range.min() != null) sb.append(" AND ").append(column).append(" >= :min_").append(column);
        if (range.max() != null) sb.append(" AND ").append(column).append(" <= :max_").append(column);
    }

    private static void bindRange(Query q, String column, QueueFilter.Range range) {
        if (range.min() != null) q.bind("min_" + column, range.min());
        if (range.max() != null) q.bind("max_" + column, range.max());
    }

    static Query bind(Query q, QueueFilter f) {
        if (f.maxFreshness() != null) q.bind("max", f.maxFreshness());
        if (f.status() != null) q.bind("status", f.status());
        if (f.difficulty() != null) q.bind("difficulty", f.difficulty());
        if (f.stackOrTool() != null) q.bind("tag", f.stackOrTool().toLowerCase(Locale.ROOT));
        if (f.assignee() != null && !f.assignee().isEmpty()) q.bind("assignee", f.assignee());
        if (!f.checkIds().isEmpty()) q.bindList("checks", f.checkIds());
        if (!f.severities().isEmpty()) q.bindList("severities", f.severities());
        bindRange(q, "quality", f.quality());
        bindRange(q, "depth", f.depth());
        bindRange(q, "clarity", f.clarity());
        bindRange(q, "reading_time", f.readingTime());
        bindRange(q, "reading_ease", f.readingEase());
        if (f.minOpenComments() != null) q.bind("min_open_comments", f.minOpenComments());
        return q;
    }
}
