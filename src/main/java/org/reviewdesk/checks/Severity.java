package org.reviewdesk.checks;

/** How much a finding matters; declared from most to least serious so that the natural order sorts the panel. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at least as serious as {@code threshold} (used by {@code --fail-on}). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
