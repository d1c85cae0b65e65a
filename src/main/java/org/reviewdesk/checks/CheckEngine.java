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
            if (ctx.settings().isEnabled(check.id())) findings.addAll(check.run(ctx));
        }
        findings.sort(READING_ORDER);
        return findings;
    }
}
