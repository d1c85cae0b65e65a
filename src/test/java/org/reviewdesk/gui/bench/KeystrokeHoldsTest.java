package org.reviewdesk.gui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A keystroke answers for the FX thread's longest wait until the next one, and not for a wait after its period. */
class KeystrokeHoldsTest {
    private static final long MS = 1_000_000L;

    @Test
    void aKeystrokeCostsTheLongestWaitUntilTheNextOne() {
        long[] typed = {0, 60 * MS, 120 * MS, 1_000 * MS};
        long[] own = {2 * MS, 3 * MS, 25 * MS, 1 * MS};
        List<long[]> beats = List.of(
                new long[] {10 * MS, 5 * MS}, new long[] {50 * MS, 20 * MS},   // the first keystroke's
                new long[] {70 * MS, 4 * MS},                                   // the second's
                new long[] {400 * MS, 90 * MS},                                 // the caret moved: nobody's
                new long[] {1_010 * MS, 17 * MS});                              // the last one's
        KeystrokeHolds holds = KeystrokeHolds.of(typed, own, beats, 60 * MS);
        assertEquals(20.0, holds.holdMs(0));
        assertEquals(4.0, holds.holdMs(1));
        assertEquals(25.0, holds.holdMs(2), "its own handling");
        assertEquals(17.0, holds.holdMs(3));
        assertEquals(3, holds.overOneFrame());
        assertEquals(25.0, holds.percentileMs(100));
        assertEquals(4.0, holds.percentileMs(25));
    }
}
