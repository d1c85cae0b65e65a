package org.reviewdesk.synth;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one post, drawn from that post's own source so that posts do not depend on each other. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A number from 0 (included) to {@code bound} (excluded). */
    long belowLong(long bound) {
        return random.nextLong(bound);
    }

    double unit() {
        return random.nextDouble();
    }

    long nextLong() {
        return random.nextLong();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index chosen by relative weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        return weights.length - 1;
    }
}
