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
        Percentiles queueCount,
        Percentiles search,
        Percentiles render1500,
        Percentiles render10000,
        Percentiles checks,
        MemoryFigures memory) {

    public record Machine(int cores, String java, long maxHeapMb, String os) {
    }

    /**
     * @param postsPerSecond          files imported per second, reading and parsing included
     * @param jdbcPostsPerSecond      the same rows written by plain JDBC batches into an empty library
     * @param efficiency              postsPerSecond / jdbcPostsPerSecond
     */
    public record ImportFigures(double seconds, double postsPerSecond, double jdbcSeconds, double jdbcPostsPerSecond,
                               double efficiency, int failed) {
    }

    /** Heap in use in a fresh JVM after opening the library and loading the first queue and list pages. */
    public record MemoryFigures(double heapUsedMb, String probeMaxHeap, double openAndFirstPageMs) {
    }
}
