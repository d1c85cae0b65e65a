package org.reviewdesk.gui.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What each keystroke cost the FX thread: the longest any event waited for it from the keystroke until the next one
 * (or until the typing period ran out, when the caret was moved between them), the keystroke's own wait and handling
 * included. A keystroke over 16 ms is a frame the user saw late.
 */
public final class KeystrokeHolds {
    static final long FRAME_NANOS = 16_000_000L;

    private final double[] holdsMs;

    private KeystrokeHolds(double[] holdsMs) {
        this.holdsMs = holdsMs;
    }

    /**
     * @param typedAt  when each keystroke was posted to the FX thread, in order (nanoseconds)
     * @param ownHold  each keystroke's wait for the FX thread plus its handling there
     * @param beats    {ran at, waited} of the heartbeats, in nanoseconds
     * @param period   the typing period: a keystroke answers for what ends at most this long after it
     */
    static KeystrokeHolds of(long[] typedAt, long[] ownHold, List<long[]> beats, long period) {
        double[] holds = new double[typedAt.length];
        for (int i = 0; i < typedAt.length; i++) {
            long from = typedAt[i];
            long to = Math.min(from + period, i + 1 < typedAt.length ? typedAt[i + 1] : Long.MAX_VALUE);
            long longest = ownHold[i];
            for (long[] beat : beats) {
                if (beat[0] >= from && beat[0] < to) longest = Math.max(longest, beat[1]);
            }
            holds[i] = longest / 1e6;
        }
        return new KeystrokeHolds(holds);
    }

    public double percentileMs(int p) {
        double[] sorted = holdsMs.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    public int overOneFrame() {
        return (int) Arrays.stream(holdsMs).filter(h -> h > FRAME_NANOS / 1e6).count();
    }

    /** What keystroke {@code i} cost the FX thread. */
    public double holdMs(int i) {
        return holdsMs[i];
    }

    public int keystrokes() {
        return holdsMs.length;
    }
}
