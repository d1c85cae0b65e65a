package org.reviewdesk.model.library;

/**
 * The queue's filters. {@code needsReview} and {@code maxFreshness} together: a post qualifies by either;
 * both off: every post. The others narrow (null: any).
 *
 * @param stackOrTool an entry of the post's stack or tools (case aside)
 * @param assignee    a name, or the empty string for "unassigned"
 * @param hasFindings true: posts with findings; false: posts without
 */
public record QueueFilter(boolean needsReview, Integer maxFreshness, String status, String difficulty, String stackOrTool,
                          String assignee, Boolean hasFindings) {
    public static final int DEFAULT_FRESHNESS_THRESHOLD = 60;
    public static final QueueFilter ALL = new QueueFilter(false, null, null, null, null, null, null);
    public static final QueueFilter DEFAULT = new QueueFilter(true, DEFAULT_FRESHNESS_THRESHOLD, null, null, null, null, null);

    /** The threshold the "stale" count uses: the filter's own, or the default 60. */
    public int staleThreshold() {
        return maxFreshness == null ? DEFAULT_FRESHNESS_THRESHOLD : maxFreshness;
    }
}
