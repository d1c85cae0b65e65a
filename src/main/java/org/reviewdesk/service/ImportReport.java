package org.reviewdesk.service;

import java.util.List;

/**
 * The summary of an import, counted in posts; failures and conflicts are listed per file.
 *
 * @param conflicts posts that were edited locally and so were not overwritten
 */
public record ImportReport(int imported, int updated, int unchanged, List<Conflict> conflicts, List<Failure> failed,
                           List<FileOutcome> files) {
    public ImportReport {
        conflicts = List.copyOf(conflicts);
        failed = List.copyOf(failed);
        files = List.copyOf(files);
    }

    /** A file that was rejected, whole: nothing of it was written. */
    public record Failure(String file, int line, String reason) {
    }

    /** A post whose local edits were kept because the import did not say --overwrite. */
    public record Conflict(String file, String reference, String title) {
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }
}
