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

    /**
     * The body's changes, in order: each run of rows that are not {@link LineKind#SAME}. A hunk's index in this list is
     * what a take-back names.
     */
    public List<Hunk> hunks() {
        List<Hunk> out = new java.util.ArrayList<>();
        int left = 0;
        int right = 0;
        int row = 0;
        while (row < body.size()) {
            if (body.get(row).kind() == LineKind.SAME) {
                left++;
                right++;
                row++;
                continue;
            }
            int first = row;
            int leftStart = left;
            int rightStart = right;
            for (; row < body.size() && body.get(row).kind() != LineKind.SAME; row++) {
                if (body.get(row).left() != null) left++;
                if (body.get(row).right() != null) right++;
            }
            out.add(new Hunk(first, row - first, leftStart, left - leftStart, rightStart, right - rightStart));
        }
        return out;
    }

    /**
     * A run of changed rows: {@code rows} rows of {@link #body} from {@code firstRow}, covering {@code leftCount} lines
     * of the older text from 0-based line {@code leftStart} and {@code rightCount} lines of the newer from
     * {@code rightStart}.
     */
    public record Hunk(int firstRow, int rows, int leftStart, int leftCount, int rightStart, int rightCount) {
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
