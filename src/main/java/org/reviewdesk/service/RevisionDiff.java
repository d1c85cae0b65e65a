package org.reviewdesk.service;

import java.util.List;

/**
 * What changed between two revisions of a post: the body line by line (with the changed words of a changed
 * line marked) and the title and meta field by field.
 */
public record RevisionDiff(String fromVersion, String toVersion, List<Line> body, List<FieldChange> fields) {
    public RevisionDiff {
        body = List.copyOf(body);
        fields = List.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && body.stream().allMatch(l -> l.kind() == LineKind.SAME);
    }

    /** How a line of the body differs. */
    public enum LineKind { SAME, ADDED, REMOVED, CHANGED }

    /**
     * One row of the side-by-side view: a left line, a right line, or both.
     *
     * @param leftNumber  1-based line number on the left, 0 when the row has no left line
     * @param leftWords   the words of the left text that were removed or changed, as [start, end) ranges
     */
    public record Line(LineKind kind, int leftNumber, String left, int rightNumber, String right,
                       List<Range> leftWords, List<Range> rightWords) {
        public Line {
            leftWords = List.copyOf(leftWords);
            rightWords = List.copyOf(rightWords);
        }
    }

    /** A range of characters in a line, start inclusive, end exclusive. */
    public record Range(int start, int end) {
    }

    /** A meta field (canonical JSON path, e.g. {@code score.freshness}) whose value differs; null when absent. */
    public record FieldChange(String path, String from, String to) {
    }
}
