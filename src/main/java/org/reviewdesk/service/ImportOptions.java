package org.reviewdesk.service;

import org.reviewdesk.formats.Format;

/**
 * What the user chose for an import.
 *
 * @param format        the format of every file, or null to detect it per file
 * @param overwrite     replace posts edited locally (their local state is kept as a revision first)
 * @param splitRelated  import each related post of a social feed scrape as its own draft
 */
public record ImportOptions(Format format, boolean overwrite, boolean splitRelated) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, false, false);
}
