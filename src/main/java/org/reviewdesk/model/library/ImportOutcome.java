package org.reviewdesk.model.library;

/** What an import did to one post: new, updated from the file, unchanged, or kept because it was edited here. */
public enum ImportOutcome {
    /** A new reference. */
    IMPORTED,
    /** Different from the library and not edited there since its import: replaced, the old state kept as a revision. */
    UPDATED,
    /** Identical to the library. */
    UNCHANGED,
    /** Edited in the library since its import: kept as it is, nothing written. */
    CONFLICT_KEPT_LOCAL,
    /** Edited locally but replaced on request; the local state was kept as a revision first. */
    OVERWRITTEN
}
