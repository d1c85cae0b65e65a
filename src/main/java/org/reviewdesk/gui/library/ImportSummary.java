package org.reviewdesk.gui.library;

import java.util.List;

/** What an import did, in the words the summary dialog shows. */
public record ImportSummary(int imported, int updated, int unchanged, int conflicts, List<Failure> failed) {
    public ImportSummary {
        failed = List.copyOf(failed);
    }

    /** A rejected file: where, and what was expected. */
    public record Failure(String file, int line, String reason) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
        }
    }
}
