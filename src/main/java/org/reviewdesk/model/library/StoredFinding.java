package org.reviewdesk.model.library;

/**
 * A finding of the editorial checks as stored with its post, so that the queue can count and filter by them.
 *
 * @param severity        error, warning or info
 * @param field           the meta field it concerns (canonical JSON path), or null
 * @param dismissedReason why a person dismissed it, or null
 * @param unlisted        how many more findings of its check and severity, after it, it stands for (the check listed
 *                        no more of them); they are counted with it, and dismissed with it
 */
public record StoredFinding(long id, String checkId, String severity, String message, int line, int start, int end,
                            String field, String dismissedReason, int unlisted) {
    /** A finding that stands for itself alone. */
    public StoredFinding(long id, String checkId, String severity, String message, int line, int start, int end,
                         String field, String dismissedReason) {
        this(id, checkId, severity, message, line, start, end, field, dismissedReason, 0);
    }

    /** How many findings this one counts for: itself and those it stands for. */
    public int count() {
        return 1 + unlisted;
    }

    /** What a dismissal is tied to, so that it survives a re-run of the checks. */
    public String anchor() {
        return field != null ? "field:" + field : "line:" + line;
    }

    public boolean dismissed() {
        return dismissedReason != null;
    }
}
