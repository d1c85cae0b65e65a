package org.reviewdesk.gui.bench;

import java.lang.management.ManagementFactory;

/**
 * Processor time of the FX thread and of the whole process over a measurement: what typing costs whatever else the
 * machine runs, where the waits for the FX thread also count the time other programs had the cores.
 */
final class CpuTime {
    private static final String FX_THREAD = "JavaFX Application Thread";

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long fxThread;
    private long fxNanos;
    private long processNanos;

    private CpuTime() {
        fxThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(FX_THREAD))
                .findFirst().orElseThrow().getId();
    }

    static CpuTime start() {
        CpuTime cpu = new CpuTime();
        cpu.fxNanos = -cpu.threads.getThreadCpuTime(cpu.fxThread);
        cpu.processNanos = -cpu.os.getProcessCpuTime();
        return cpu;
    }

    void stop() {
        fxNanos += threads.getThreadCpuTime(fxThread);
        processNanos += os.getProcessCpuTime();
    }

    double fxMs() {
        return fxNanos / 1e6;
    }

    double processMs() {
        return processNanos / 1e6;
    }
}
