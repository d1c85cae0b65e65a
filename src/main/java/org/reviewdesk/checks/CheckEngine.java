package org.reviewdesk.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.model.Post;

/** Runs the enabled checks over a post and returns their findings in reading order. Stateless and thread-safe. */
public final class CheckEngine {
    /** Meta findings (line 0) first, then by line and position; the more serious first at the same place. */
    public static final Comparator<Finding> READING_ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::start)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::checkId);

    /**
     * The most findings of one severity a check lists for a post; the first past them stands for the rest. A page that is
     * not prose (a dump of random words) otherwise gave 710,739 spelling findings, which took 80 s and gigabytes to store
     * and would be no use to read one by one (docs/decisions/0026).
     */
    public static final int LISTED = 500;

    private final List<Check> checks;

    public CheckEngine(List<Check> checks) {
        Set<String> ids = new HashSet<>();
        for (Check c : checks) {
            if (!ids.add(c.id())) throw new IllegalArgumentException("two checks have the id " + c.id());
        }
        this.checks = List.copyOf(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Finding> run(Post post, LibraryStats library, CheckSettings settings) {
        return run(CheckContext.of(post, library, settings));
    }

    public List<Finding> run(CheckContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (ctx.settings().isEnabled(check.id())) findings.addAll(listed(check.run(ctx)));
        }
        findings.sort(READING_ORDER);
        return findings;
    }

    /**
     * A check's findings with at most {@link #LISTED} of each severity, in reading order: the next one past those stands
     * for every one after it, so that counts stay true.
     */
    static List<Finding> listed(List<Finding> found) {
        if (found.size() <= LISTED) return found;
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(READING_ORDER);
        java.util.Map<Severity, Integer> seen = new java.util.EnumMap<>(Severity.class);
        for (Finding f : sorted) seen.merge(f.severity(), f.count(), Integer::sum);
        java.util.Map<Severity, Integer> kept = new java.util.EnumMap<>(Severity.class);
        List<Finding> out = new ArrayList<>(Math.min(sorted.size(), LISTED * Severity.values().length + 3));
        for (Finding f : sorted) {
            int n = kept.merge(f.severity(), 1, Integer::sum);
            if (n <= LISTED) out.add(f);
            else if (n == LISTED + 1) out.add(f.standingFor(seen.get(f.severity()) - LISTED - 1, LISTED));
        }
        return out;
    }
}
