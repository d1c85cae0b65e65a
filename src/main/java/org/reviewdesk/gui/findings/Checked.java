package org.reviewdesk.gui.findings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Post;

/**
 * The findings of the open post as the panel shows them: the result of one check run, or that one is under way.
 *
 * @param active    standing findings, most serious first, then by line
 * @param dismissed findings a person dismissed, with their reasons
 * @param checking  the post was opened and its first check has not come back: nothing is known of it yet
 */
public record Checked(long postId, Post post, List<FindingRow> active, List<FindingRow> dismissed, boolean checking) {
    static final Checked NONE = new Checked(-1, null, List.of(), List.of(), false);

    /** A post just opened, before its check: the previous post's findings must not stand for it. */
    static Checked checking(long postId) {
        return new Checked(postId, null, List.of(), List.of(), true);
    }

    /** The standing findings of one severity. */
    public List<FindingRow> of(Severity severity) {
        return active.stream().filter(r -> r.finding().severity() == severity).toList();
    }

    /** The most serious standing finding of each line (1-based), for the gutter's marks. */
    public Map<Integer, Severity> lineMarks() {
        Map<Integer, Severity> marks = new TreeMap<>();
        for (FindingRow r : active) {
            int line = r.finding().line();
            if (line > 0) marks.merge(line, r.finding().severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return marks;
    }

    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, count(of(s)));
        return counts;
    }

    /** How many findings these rows count for: each, and the findings past its check's listed ones it stands for. */
    public static int count(List<FindingRow> rows) {
        int n = 0;
        for (FindingRow r : rows) n += r.finding().count();
        return n;
    }
}
