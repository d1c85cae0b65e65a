package org.reviewdesk.model;

import java.util.List;
import java.util.Objects;

/** How hard a post is. Known levels are constants; an unknown level is kept as written. */
public record Difficulty(String value) {
    public static final Difficulty BEGINNER = new Difficulty("beginner");
    public static final Difficulty INTERMEDIATE = new Difficulty("intermediate");
    public static final Difficulty ADVANCED = new Difficulty("advanced");
    public static final List<Difficulty> KNOWN = List.of(BEGINNER, INTERMEDIATE, ADVANCED);

    public Difficulty {
        Objects.requireNonNull(value, "value");
    }

    public static Difficulty of(String value) {
        for (Difficulty d : KNOWN) {
            if (d.value.equals(value)) return d;
        }
        return new Difficulty(value);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
