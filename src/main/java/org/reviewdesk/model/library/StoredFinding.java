package org.reviewdesk.model.library;

/**
 * A finding of the editorial checks as stored with its post, so that the queue can count and filter by them.
 *
 * @param severity        error, warning or info
 * @param field           the meta field it concerns (canonical JSON path), or null
 * @param dismissedReason why a person dismissed it, or null
 */
public record StoredFinding(long id, String checkId, String severity, String message, int line, int start, int end,
                            String field, String dismissedReason) {
    /** What a dismissal is tied to, so that it survives a re-run of the checks. */
    public String anchor() {
        return field != null ? "field:" + field : "line:" + line;
    }

    public boolean dismissed() {
        return dismissedReason != null;
    }
}
