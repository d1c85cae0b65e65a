package org.reviewdesk.service.bench;

/**
 * The benchmark's figures. The JSON names of these fields are stable and documented in the README
 * ("bench"); add fields, never rename them.
 */
public record BenchReport(
        int posts,
        Machine machine,
        ImportFigures importFigures,
        Percentiles queuePage,
        Percentiles queueSorted,
        Percentiles queueSortedDeep,
        Percentiles queueCount,
        Percentiles search,
        Percentiles searchScan,
        double searchIndexSeconds,
        Percentiles render1500,
        Percentiles render10000,
        Percentiles checks,
        double sentenceCountSeconds,
        MemoryFigures memory,
        WindowFigures window,
        SpellingFigures spelling,
        TypingFigures typing) {

    public record Machine(int cores, String java, long maxHeapMb, String os) {
    }

    /**
     * @param postsPerSecond          files imported per second, reading and parsing included, by the plain import
     *                                (import --no-checks: a fresh JVM with the quick compiler only)
     * @param jdbcPostsPerSecond      the same rows written by plain JDBC batches into an empty library, in that JVM
     * @param efficiency              postsPerSecond / jdbcPostsPerSecond
     * @param checkedImportSeconds    the import as {@code import} runs it before its checks (both compilers)
     * @param checkSeconds            the checks of the imported posts afterwards, as an import runs them
     * @param checkedPostsPerSecond   posts imported and checked per second (the import a user waits for by default)
     */
    public record ImportFigures(double seconds, double postsPerSecond, double jdbcSeconds, double jdbcPostsPerSecond,
                               double efficiency, int failed, double checkedImportSeconds, double checkSeconds,
                               double checkedPostsPerSecond) {
    }

    /**
     * The window started in a fresh JVM with -Xmx256m, from the process start: the first start (which writes the
     * class-data archive) and three later ones (which map it), whose figures are the medians of the window's start-up
     * reports ({@code desk_shown_ms}, {@code library_open_ms}, {@code interactive_ms}, {@code first_post_open_ms},
     * {@code heap_used_mb} and the other milestones) with {@code interactive_max_ms} and {@code starts}.
     * {@code skipped} says why there are none (no display).
     */
    public record WindowFigures(double firstStartInteractiveMs, java.util.Map<String, Double> later, String skipped) {
        static WindowFigures skipped(String why) {
            return new WindowFigures(-1, java.util.Map.of(), why);
        }
    }

    /**
     * The spelling check: reading the en-US dictionary when it is first needed and the heap it keeps (a fresh JVM), and
     * spelling a 1,500-word body as the editor does after a pause in typing (after warm-up).
     */
    public record SpellingFigures(double loadMs, double heapMb, Percentiles check1500, int misspelt) {
    }

    /**
     * Typing 1,000 keystrokes into a 10,000-word post in the window (a fresh JVM with a display): what each keystroke
     * cost the FX thread ({@code p50_ms}, {@code p95_ms}, {@code max_ms}, {@code frames_over_16ms}) and its latency to
     * the preview ({@code preview_p50_ms}, {@code preview_p95_ms}). {@code skipped} says why there are none.
     */
    public record TypingFigures(java.util.Map<String, Double> figures, String skipped) {
        static TypingFigures skipped(String why) {
            return new TypingFigures(java.util.Map.of(), why);
        }
    }

    /** Heap in use in a fresh JVM after opening the library and loading the first queue and list pages. */
    public record MemoryFigures(double heapUsedMb, String probeMaxHeap, double openAndFirstPageMs) {
    }
}
