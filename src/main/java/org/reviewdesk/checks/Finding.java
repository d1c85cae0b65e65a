package org.reviewdesk.checks;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found.
 *
 * @param checkId   the stable id of the check (for example {@code repeated-sentence})
 * @param severity  how much it matters
 * @param message   what is wrong and what to do about it
 * @param line      1-based line in the body, or 0 when the finding concerns only a meta field
 * @param start     offset of the first character concerned in the body, or -1
 * @param end       offset just after the last character concerned, or -1
 * @param metaField canonical JSON path of the meta field concerned ({@code payload.paragraphs},
 *                  {@code image_sources[1]}), or null. A finding may have both a line and a field: the body
 *                  at that line contradicts that field.
 * @param quickFix  a one-click repair, when one is obvious
 */
public record Finding(String checkId, Severity severity, String message, int line, int start, int end,
                      String metaField, Optional<QuickFix> quickFix) {

    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        quickFix = quickFix == null ? Optional.empty() : quickFix;
        if (line < 0) throw new IllegalArgumentException("line must be 0 or more, was " + line);
        if ((start < 0) != (end < 0) || end < start) {
            throw new IllegalArgumentException("range must be two offsets (start <= end) or -1/-1, was " + start + ".." + end);
        }
    }

    /** A finding about a range of the body. */
    public static Finding inBody(String checkId, Severity severity, String message, int line, int start, int end) {
        return new Finding(checkId, severity, message, line, start, end, null, Optional.empty());
    }

    /** A finding about a meta field alone. */
    public static Finding onMeta(String checkId, Severity severity, String message, String metaField) {
        return new Finding(checkId, severity, message, 0, -1, -1, Objects.requireNonNull(metaField), Optional.empty());
    }

    public Finding withQuickFix(QuickFix fix) {
        return new Finding(checkId, severity, message, line, start, end, metaField, Optional.of(fix));
    }

    public Finding withMetaField(String field) {
        return new Finding(checkId, severity, message, line, start, end, field, quickFix);
    }

    public boolean hasRange() {
        return start >= 0;
    }
}
