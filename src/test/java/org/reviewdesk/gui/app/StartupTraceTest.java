package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up report's clock starts when this process did, and its figures are written as one JSON object. */
class StartupTraceTest {
    @TempDir
    Path dir;

    @Test
    void theProcessStartIsJustBeforeTheJvmSaysItStarted() {
        long processStart = StartupTrace.processStartMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        // The process exists before the JVM in it records its start; how long before depends on the machine's load,
        // so this only says that the two clocks agree. The arithmetic is checked exactly below.
        assertThat(jvmStart - processStart).isBetween(-50L, 5_000L);
    }

    @Test
    void theProcessAgeIsTheUptimeLessTheStartInClockTicksToTheMillisecond() {
        // A command name may hold spaces and parentheses: fields are counted after its last ')'.
        StringBuilder stat = new StringBuilder("4697 (a (odd) name) S");
        for (int field = 4; field <= 21; field++) stat.append(" 7");
        stat.append(" 12345");
        for (int field = 23; field <= 52; field++) stat.append(" 9");

        assertThat(StartupTrace.processAgeMillis(stat + "\n", "200.57 381.20\n")).isEqualTo(200_570 - 123_450);
    }

    @Test
    void marksAreKeptOnceAndWrittenAsJson() throws Exception {
        StartupTrace trace = new StartupTrace(System.currentTimeMillis() - 1000);
        trace.mark("desk_shown");
        Thread.sleep(20);
        trace.mark("desk_shown");
        trace.put("heap_used_mb", 42);
        Path file = dir.resolve("start.json");
        trace.write(file);

        String json = Files.readString(file);
        assertThat(json).startsWith("{\"desk_shown_ms\": ").contains("\"heap_used_mb\": 42").endsWith("}\n");
        long shown = ((Number) trace.figures().get("desk_shown_ms")).longValue();
        assertThat(shown).as("the first mark counts, from the origin").isBetween(1000L, 1019L);
    }
}
