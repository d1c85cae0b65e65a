package org.reviewdesk.service;

import java.nio.file.Path;

/**
 * What became of one file of an import.
 *
 * @param line    for a failure, the 1-based line at fault (0: the whole file)
 * @param message for a failure, what was expected; for a conflict, which posts were kept
 */
public record FileOutcome(Path file, Kind kind, int posts, int line, String message) {
    /** The outcome of a file, from the most to the least noteworthy. */
    public enum Kind {
        FAILED, CONFLICT, IMPORTED, UPDATED, UNCHANGED
    }
}
