package org.reviewdesk.model;

/** The four scores, each a whole number from 0 to 100, or absent (null). */
public record Score(Integer quality, Integer freshness, Integer depth, Integer clarity) {
    public static final Score EMPTY = new Score(null, null, null, null);

    public Score {
        check("quality", quality);
        check("freshness", freshness);
        check("depth", depth);
        check("clarity", clarity);
    }

    private static void check(String name, Integer value) {
        if (value != null && (value < 0 || value > 100)) {
            throw new IllegalArgumentException(name + " score " + value + " is out of range (expected a whole number from 0 to 100)");
        }
    }

    public Score withFreshness(Integer value) {
        return new Score(quality, value, depth, clarity);
    }

    public boolean isEmpty() {
        return quality == null && freshness == null && depth == null && clarity == null;
    }
}
