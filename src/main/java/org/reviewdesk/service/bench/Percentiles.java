package org.reviewdesk.service.bench;

import java.util.Arrays;

/** Timings of repeated runs in milliseconds, summarized as p50 and p95. */
public record Percentiles(int samples, double p50Ms, double p95Ms, double maxMs) {
    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, ms(at(sorted, 0.50)), ms(at(sorted, 0.95)), ms(sorted[sorted.length - 1]));
    }

    private static long at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
