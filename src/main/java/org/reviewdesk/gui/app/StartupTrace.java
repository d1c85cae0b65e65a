package org.reviewdesk.gui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The milestones of the window's start, in milliseconds since the process started (as the operating system
 * saw it start, so the JVM's own start is included). Nothing is written unless asked: with the system property
 * {@value #REPORT_PROPERTY} set to a file, the milestones go there as one JSON object once the desk is
 * interactive; with {@value #EXIT_PROPERTY}{@code =true} the window then closes. That is how {@code bench}
 * measures the window, and how anyone can see where a slow start goes.
 */
public final class StartupTrace {
    public static final String REPORT_PROPERTY = "reviewdesk.startup.report";
    public static final String EXIT_PROPERTY = "reviewdesk.startup.exit";

    private final long originMillis;
    private final LongSupplier clock;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    StartupTrace(long originMillis) {
        this(originMillis, System::currentTimeMillis);
    }

    /** @param clock epoch milliseconds now (a test's own clock) */
    StartupTrace(long originMillis, LongSupplier clock) {
        this.originMillis = originMillis;
        this.clock = clock;
    }

    private static final StartupTrace PROCESS = sinceProcessStart();

    /** The one trace of this process's window start. */
    static StartupTrace process() {
        return PROCESS;
    }

    /** Measured from the start of this process, or from now when the platform cannot say when that was. */
    static StartupTrace sinceProcessStart() {
        return new StartupTrace(processStartMillis());
    }

    /**
     * When this process started, in epoch milliseconds. On Linux the platform's answer
     * ({@link ProcessHandle.Info#startInstant()}) adds the process's start in clock ticks to a boot time counted in
     * whole seconds, and was measured 0.4 s early here: the process's age is taken from /proc instead, to 10 ms.
     */
    static long processStartMillis() {
        long now = System.currentTimeMillis();
        try {
            Path stat = Path.of("/proc/self/stat");
            Path uptime = Path.of("/proc/uptime");
            if (Files.isReadable(stat) && Files.isReadable(uptime)) {
                OptionalLong age = ageMillis(Files.readString(stat, StandardCharsets.US_ASCII),
                        Files.readString(uptime, StandardCharsets.US_ASCII));
                if (age.isPresent()) return now - age.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc looks otherwise: the platform's answer follows
        }
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(now);
    }

    /**
     * A process's age in milliseconds from the text of its /proc/PID/stat and of /proc/uptime; empty when they
     * do not add up to an age (a start after the uptime).
     *
     * @throws RuntimeException when the text is not laid out as Linux writes it
     */
    static OptionalLong ageMillis(String stat, String uptime) {
        // After the command name in parentheses: field 3 (state) onwards; field 22 is the start in ticks.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        long startTicks = Long.parseLong(fields[22 - 3]);
        double up = Double.parseDouble(uptime.trim().split(" +")[0]);
        long ageMillis = Math.round(up * 1000) - startTicks * 1000 / LINUX_TICKS_PER_SECOND;
        return ageMillis >= 0 ? OptionalLong.of(ageMillis) : OptionalLong.empty();
    }

    /** USER_HZ, which Linux fixes at 100 for every program, whatever the kernel's own tick. */
    private static final long LINUX_TICKS_PER_SECOND = 100;

    /** Records {@code name} at the current time, once: a later mark of the same name is ignored. */
    public synchronized void mark(String name) {
        figures.putIfAbsent(name + "_ms", clock.getAsLong() - originMillis);
    }

    /** Records a figure that is not a time since the start (a heap size, a duration). */
    public synchronized void put(String name, Object value) {
        figures.put(name, value);
    }

    public synchronized boolean has(String name) {
        return figures.containsKey(name + "_ms");
    }

    public synchronized Map<String, Object> figures() {
        return Map.copyOf(figures);
    }

    /** The file asked for by {@value #REPORT_PROPERTY}, or null when nobody asked. */
    static Path reportFile() {
        String file = System.getProperty(REPORT_PROPERTY);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    static boolean exitWhenReported() {
        return Boolean.getBoolean(EXIT_PROPERTY);
    }

    /** Writes the figures as one flat JSON object of numbers; runs off the FX thread. */
    synchronized void write(Path file) throws IOException {
        String json = figures.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}\n"));
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
