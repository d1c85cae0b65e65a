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
        // The process exists a little before the JVM in it records its start; a clock counting the boot time in whole
        // seconds can be off by up to a second.
        assertThat(jvmStart - processStart).isBetween(-50L, 300L);
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
