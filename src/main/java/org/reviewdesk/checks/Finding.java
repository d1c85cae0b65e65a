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
 * @param unlisted  how many more findings of the same check and severity, after this one, this one stands for: a
 *                  check lists at most {@link CheckEngine#LISTED} of a severity in a post (0 for a finding alone)
 */
public record Finding(String checkId, Severity severity, String message, int line, int start, int end,
                      String metaField, Optional<QuickFix> quickFix, int unlisted) {
    /**
     * The longest message kept, in characters; a longer one is cut and ends with "…". A message that quotes the body
     * (a word, a sentence) could otherwise be as long as the body, and the library keeps 8,000 characters of it.
     */
    public static final int MAX_MESSAGE = 1000;

    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        message = shortened(message);
        quickFix = quickFix == null ? Optional.empty() : quickFix;
        if (line < 0) throw new IllegalArgumentException("line must be 0 or more, was " + line);
        if ((start < 0) != (end < 0) || end < start) {
            throw new IllegalArgumentException("range must be two offsets (start <= end) or -1/-1, was " + start + ".." + end);
        }
        if (unlisted < 0) throw new IllegalArgumentException("unlisted must be 0 or more, was " + unlisted);
    }

    /** A finding that stands for itself alone. */
    public Finding(String checkId, Severity severity, String message, int line, int start, int end, String metaField,
                   Optional<QuickFix> quickFix) {
        this(checkId, severity, message, line, start, end, metaField, quickFix, 0);
    }

    private static String shortened(String message) {
        if (message.length() <= MAX_MESSAGE) return message;
        int cut = MAX_MESSAGE - 1;
        if (Character.isLowSurrogate(message.charAt(cut))) cut--;
        return message.substring(0, cut) + "\u2026";
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
        return new Finding(checkId, severity, message, line, start, end, metaField, Optional.of(fix), unlisted);
    }

    public Finding withMetaField(String field) {
        return new Finding(checkId, severity, message, line, start, end, field, quickFix, unlisted);
    }

    /**
     * This finding standing for {@code more} findings after it as well, its message opened by saying so: the first of
     * the findings of its check and severity that a post has past the listed ones.
     */
    public Finding standingFor(int more, int listed) {
        String note = String.format(java.util.Locale.ROOT, "%,d more of these from here on are not listed (a check "
                + "lists at most %,d of one severity in a post): ", more, listed);
        return new Finding(checkId, severity, note + message, line, start, end, metaField, quickFix, more);
    }

    /** How many findings this one counts for: itself and those it stands for. */
    public int count() {
        return 1 + unlisted;
    }

    public boolean hasRange() {
        return start >= 0;
    }
}
