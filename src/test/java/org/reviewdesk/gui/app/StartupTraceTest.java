package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up report's clock starts when this process did, and its figures are written as one JSON object. */
class StartupTraceTest {
    @TempDir
    Path dir;

    /** A /proc/PID/stat line as Linux writes it, the process started {@code startTicks} after boot. */
    private static String stat(String command, long startTicks) {
        // Fields 3 (state) to 21, then 22 (starttime), then the rest of the 52.
        return "4242 (" + command + ") S " + String.join(" ", Collections.nCopies(18, "7")) + " " + startTicks + " "
                + String.join(" ", Collections.nCopies(30, "0")) + "\n";
    }

    @Test
    void theAgeIsTheUptimeLessTheStartInHundredthsOfASecond() {
        assertThat(StartupTrace.ageMillis(stat("java", 12_345), "200.50 380.12\n")).isEqualTo(OptionalLong.of(77_050));
        assertThat(StartupTrace.ageMillis(stat("java", 20_050), "200.50 380.12\n")).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void aCommandNameWithParenthesesAndSpacesDoesNotShiftTheFields() {
        assertThat(StartupTrace.ageMillis(stat("my (odd) 1 2 3 name", 100), "3.00 5.00")).isEqualTo(OptionalLong.of(2_000));
    }

    @Test
    void aStartAfterTheUptimeIsNoAge() {
        assertThat(StartupTrace.ageMillis(stat("java", 30_000), "200.50 380.12")).isEmpty();
    }

    @Test
    void aStatLaidOutOtherwiseIsRefused() {
        assertThatThrownBy(() -> StartupTrace.ageMillis("4242 (java) S 1 2", "200.50 380.12")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> StartupTrace.ageMillis(stat("java", 1), "soon")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void thisProcessStartedBeforeNow() {
        assertThat(StartupTrace.processStartMillis()).isLessThanOrEqualTo(System.currentTimeMillis());
    }

    @Test
    void marksAreKeptOnceAndWrittenAsJson() throws Exception {
        AtomicLong now = new AtomicLong(1_700_000_001_000L);
        StartupTrace trace = new StartupTrace(1_700_000_000_000L, now::get);
        trace.mark("desk_shown");
        now.addAndGet(20);
        trace.mark("desk_shown");
        now.addAndGet(5);
        trace.mark("first_post");
        trace.put("heap_used_mb", 42);
        Path file = dir.resolve("start.json");
        trace.write(file);

        assertThat(trace.figures().get("desk_shown_ms")).as("the first mark counts, from the origin").isEqualTo(1000L);
        assertThat(trace.has("first_post")).isTrue();
        assertThat(Files.readString(file)).isEqualTo("{\"desk_shown_ms\": 1000, \"first_post_ms\": 1025, \"heap_used_mb\": 42}\n");
    }
}
