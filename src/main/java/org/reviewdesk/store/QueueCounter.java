package org.reviewdesk.store;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.reviewdesk.model.library.QueueCounts;
import org.reviewdesk.model.library.QueueFilter;

/**
 * The queue's total and live counts, and the counts of open findings per check beside its filter, each read once per
 * filter and change of the library: a header click, a page read while scrolling and the reload after it count
 * nothing again. Every write moves the library's change stamp (Library.touch), in this process or another, and
 * the stamp is read with every answer.
 */
final class QueueCounter {
    private volatile Histogram histogram;
    private volatile Totals totals;
    private volatile FindingCounts findingCounts;

    /** What a queue page says beside its rows, as of one change stamp. */
    record Totals(long stamp, QueueFilter filter, int total, QueueCounts counts) {
    }

    private record FindingCounts(long stamp, QueueFilter filter, Map<String, Integer> counts) {
    }

    static long stamp(Handle h) {
        return h.createQuery("SELECT stamp FROM library_change WHERE id = 1").mapTo(Long.class).one();
    }

    /** How many posts the filter selects, and the live counts beside it. */
    Totals totals(Handle h, QueueFilter filter) {
        return totals(h, filter, stamp(h));
    }

    private Totals totals(Handle h, QueueFilter filter, long stamp) {
        Totals t = totals;
        if (t == null || t.stamp() != stamp || !t.filter().equals(filter)) {
            QueueCounts counts = counts(h, filter, stamp);
            t = new Totals(stamp, filter, total(h, filter, counts), counts);
            totals = t;
        }
        return t;
    }

    /**
     * The totals of the filter as of the library's last change when they cost no pass over the posts: read already,
     * or the queue's own filter at another threshold, from the histogram. Else null.
     */
    Totals known(Handle h, QueueFilter filter) {
        long stamp = stamp(h);
        Totals t = totals;
        if (t != null && t.filter().equals(filter) && t.stamp() == stamp) return t;
        Histogram current = histogram;
        boolean fromHistogram = filter.onlyPrimary() && (filter.needsReview() || filter.maxFreshness() != null);
        return fromHistogram && current != null && current.stamp == stamp ? totals(h, filter, stamp) : null;
    }

    /**
     * How many posts of the filtered queue have open findings of each check, most first: from the checks each post
     * has open findings of, kept as findings are written (FindingRepository), one row per post.
     */
    Map<String, Integer> findingCounts(Handle h, QueueFilter filter) {
        long stamp = stamp(h);
        FindingCounts f = findingCounts;
        if (f == null || f.stamp() != stamp || !f.filter().equals(filter)) {
            Map<String, Integer> perCheck = new java.util.HashMap<>();
            QueueFilterSql.bind(h.createQuery("SELECT c.check_ids, COUNT(*) FROM post_open_checks c JOIN post ON post.id = c.post_id"
                            + QueueFilterSql.where(filter, true) + " GROUP BY c.check_ids"), filter)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(list -> {
                        for (String id : list.getKey().split(",")) perCheck.merge(id, list.getValue(), Integer::sum);
                    });
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            perCheck.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            f = new FindingCounts(stamp, filter, java.util.Collections.unmodifiableMap(counts));
            findingCounts = f;
        }
        return f.counts();
    }

    private static int total(Handle h, QueueFilter filter, QueueCounts counts) {
        if (filter.onlyPrimary() && filter.needsReview() && filter.maxFreshness() != null) {
            return counts.needReview() + counts.stale() - counts.both();
        } else if (filter.onlyPrimary() && filter.needsReview()) {
            return counts.needReview();
        } else if (filter.onlyPrimary() && filter.maxFreshness() != null) {
            return counts.stale();
        }
        return QueueFilterSql.bind(h.createQuery("SELECT COUNT(*) FROM post" + QueueFilterSql.where(filter, true)), filter)
                .mapTo(Integer.class).one();
    }

    /**
     * The live counts. Without further filters they come from a histogram of (needs review, freshness) over
     * the library, so that moving the threshold costs nothing; with further filters, one pass over the posts they
     * select.
     */
    private QueueCounts counts(Handle h, QueueFilter filter, long stamp) {
        int stale = filter.staleThreshold();
        if (filter.onlyPrimary()) return histogram(h, stamp).counts(stale);
        return QueueFilterSql.bind(h.createQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN needs_review THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN freshness_key <= :stale THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN needs_review AND freshness_key <= :stale THEN 1 ELSE 0 END), 0) "
                        + "FROM post" + QueueFilterSql.where(filter, false)), filter)
                .bind("stale", stale)
                .map((rs, ctx) -> new QueueCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).one();
    }

    /**
     * The index a count of the queue's own filter reads: the priority order's, the narrowest that holds both its
     * columns. H2 would take a sorted column's (V18 gave them those columns too), whose entries carry the reference.
     */
    static final String PRIMARY_INDEX = "post_queue";

    private Histogram histogram(Handle h, long stamp) {
        Histogram current = histogram;
        if (current != null && current.stamp == stamp) return current;
        int[][] counts = new int[2][102];
        Dialect.hinted(h, PRIMARY_INDEX, hint -> {
            h.createQuery("SELECT needs_review, freshness_key, COUNT(*) FROM post" + hint + " WHERE in_trash = FALSE "
                            + "GROUP BY needs_review, freshness_key")
                    .map((rs, ctx) -> counts[rs.getBoolean(1) ? 1 : 0][Math.max(0, Math.min(101, rs.getInt(2)))] += rs.getInt(3))
                    .forEach(x -> { });
            return null;
        });
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
}
