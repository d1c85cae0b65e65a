package org.reviewdesk.model.library;

import java.util.List;

/**
 * The queue's filters. {@code needsReview} and {@code maxFreshness} together: a post qualifies by either;
 * both off: every post. The others narrow (null or empty: any).
 *
 * @param stackOrTool an entry of the post's stack or tools (case aside)
 * @param assignee    a name, or the empty string for "unassigned"
 * @param hasFindings true: posts with open findings; false: posts without
 * @param checkIds    posts with an open finding of any of these checks
 * @param severities  posts with an open finding of any of these severities (error, warning, info)
 * @param quality     the quality score within this range (a post without one is left out by a bound)
 * @param depth       the depth score within this range
 * @param clarity     the clarity score within this range
 * @param readingTime the reading time in minutes within this range
 * @param readingEase the Flesch reading ease of the prose, as last checked, within this range (a post not yet
 *                    checked, or without prose, is left out by a bound)
 * @param minOpenComments posts with at least this many open comment threads (null: any)
 */
public record QueueFilter(boolean needsReview, Integer maxFreshness, String status, String difficulty, String stackOrTool,
                          String assignee, Boolean hasFindings, List<String> checkIds, List<String> severities,
                          Range quality, Range depth, Range clarity, Range readingTime, Range readingEase, Integer minOpenComments) {
    public static final int DEFAULT_FRESHNESS_THRESHOLD = 60;
    public static final QueueFilter ALL = new QueueFilter(false, null, null, null, null, null, null);
    public static final QueueFilter DEFAULT = new QueueFilter(true, DEFAULT_FRESHNESS_THRESHOLD, null, null, null, null, null);

    /** Inclusive bounds, either of which may be absent. */
    public record Range(Integer min, Integer max) {
        public static final Range ANY = new Range(null, null);

        public boolean unbounded() {
            return min == null && max == null;
        }

        public static Range atMost(Integer max) {
            return new Range(null, max);
        }
    }

    public QueueFilter {
        checkIds = checkIds == null ? List.of() : List.copyOf(checkIds);
        severities = severities == null ? List.of() : List.copyOf(severities);
        quality = quality == null ? Range.ANY : quality;
        depth = depth == null ? Range.ANY : depth;
        clarity = clarity == null ? Range.ANY : clarity;
        readingTime = readingTime == null ? Range.ANY : readingTime;
        readingEase = readingEase == null ? Range.ANY : readingEase;
    }

    /** The filters without the reading ease and the open comments. */
    public QueueFilter(boolean needsReview, Integer maxFreshness, String status, String difficulty, String stackOrTool,
                       String assignee, Boolean hasFindings, List<String> checkIds, List<String> severities,
                       Range quality, Range depth, Range clarity, Range readingTime) {
        this(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, checkIds, severities,
                quality, depth, clarity, readingTime, Range.ANY, null);
    }

    /** The filters without the open comments. */
    public QueueFilter(boolean needsReview, Integer maxFreshness, String status, String difficulty, String stackOrTool,
                       String assignee, Boolean hasFindings, List<String> checkIds, List<String> severities,
                       Range quality, Range depth, Range clarity, Range readingTime, Range readingEase) {
        this(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, checkIds, severities,
                quality, depth, clarity, readingTime, readingEase, null);
    }

    /** The filters of the first queue: needs review, freshness, status, difficulty, stack, assignee, findings. */
    public QueueFilter(boolean needsReview, Integer maxFreshness, String status, String difficulty, String stackOrTool,
                       String assignee, Boolean hasFindings) {
        this(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, List.of(), List.of(),
                Range.ANY, Range.ANY, Range.ANY, Range.ANY, Range.ANY);
    }

    /** The same filter narrowed to posts with open findings of these checks and severities. */
    public QueueFilter withFindings(List<String> checks, List<String> severityNames) {
        return new QueueFilter(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, checks,
                severityNames, quality, depth, clarity, readingTime, readingEase, minOpenComments);
    }

    /** The same filter narrowed by the scores and the reading time. */
    public QueueFilter withRanges(Range qualityRange, Range depthRange, Range clarityRange, Range readingTimeRange) {
        return new QueueFilter(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, checkIds,
                severities, qualityRange, depthRange, clarityRange, readingTimeRange, readingEase, minOpenComments);
    }

    /** The same filter narrowed to posts with at least {@code min} open comment threads (null: any). */
    public QueueFilter withMinOpenComments(Integer min) {
        return new QueueFilter(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, checkIds,
                severities, quality, depth, clarity, readingTime, readingEase, min);
    }

    /** The same filter narrowed by the reading ease of the prose. */
    public QueueFilter withReadingEase(Range range) {
        return new QueueFilter(needsReview, maxFreshness, status, difficulty, stackOrTool, assignee, hasFindings, checkIds,
                severities, quality, depth, clarity, readingTime, range, minOpenComments);
    }

    /** Whether only needs review and freshness filter (what the queue's counts can take from their histogram). */
    public boolean onlyPrimary() {
        return status == null && difficulty == null && stackOrTool == null && assignee == null && hasFindings == null
                && checkIds.isEmpty() && severities.isEmpty() && quality.unbounded() && depth.unbounded() && clarity.unbounded()
                && readingTime.unbounded() && readingEase.unbounded() && minOpenComments == null;
    }

    /** The threshold the "stale" count uses: the filter's own, or the default 60. */
    public int staleThreshold() {
        return maxFreshness == null ? DEFAULT_FRESHNESS_THRESHOLD : maxFreshness;
    }
}
