package org.reviewdesk.gui.findings;

import org.reviewdesk.checks.Finding;

/**
 * One row of the panel: a finding and, when a person dismissed it, their reason.
 *
 * @param dismissedReason why it was dismissed, or null while it stands
 */
public record FindingRow(Finding finding, String dismissedReason) {

    public boolean dismissed() {
        return dismissedReason != null;
    }

    /** Where the finding is, as an editor reads it: "line 12", "payload.paragraphs" or both. */
    public String location() {
        Finding f = finding;
        if (f.line() > 0 && f.metaField() != null) return "line " + f.line() + " \u00b7 " + f.metaField();
        if (f.line() > 0) return "line " + f.line();
        return f.metaField() == null ? "" : f.metaField();
    }

    /** The label of the quick fix, or null when the finding offers none. */
    public String quickFixLabel() {
        return finding.quickFix().map(q -> q.label()).orElse(null);
    }
}
