package org.reviewdesk.gui.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * What the JVM's threads allocated over a measurement: the garbage typing makes, which sets how often the collector
 * pauses the window. Counted per thread by the JVM; a thread that ends before {@link #stop} takes its count with it,
 * and the window's threads all live through the typing.
 */
final class AllocatedBytes {
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> atStart = new HashMap<>();
    private long bytes;

    private AllocatedBytes() {
    }

    static AllocatedBytes start() {
        AllocatedBytes a = new AllocatedBytes();
        a.atStart.putAll(a.now());
        return a;
    }

    void stop() {
        for (Map.Entry<Long, Long> e : now().entrySet()) bytes += e.getValue() - atStart.getOrDefault(e.getKey(), 0L);
    }

    double megabytes() {
        return bytes / 1e6;
    }

    private Map<Long, Long> now() {
        long[] ids = threads.getAllThreadIds();
        long[] allocated = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) if (allocated[i] >= 0) out.put(ids[i], allocated[i]);
        return out;
    }
}
