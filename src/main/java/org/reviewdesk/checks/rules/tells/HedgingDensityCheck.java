package org.reviewdesk.checks.rules.tells;

import java.util.List;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;

/**
 * Hedges ("might", "perhaps", "to some extent", the {@code hedges} list) per 1,000 words of prose: a draft that
 * commits to nothing. Fires from {@value #PER_THOUSAND} per 1,000 words with at least {@value #MIN_HEDGES} hedges,
 * at the first one; the list is counted, not each use reported.
 */
public final class HedgingDensityCheck implements Check {
    public static final String ID = "tell-hedging-density";
    static final double PER_THOUSAND = 15;
    static final int MIN_HEDGES = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Tells.Found> hedges = Tells.find(ctx.body(), ctx.settings().tells().matcher(TellLists.HEDGES));
        int words = Tells.proseWords(ctx.body());
        double perThousand = words == 0 ? 0 : hedges.size() * 1000.0 / words;
        if (hedges.size() < MIN_HEDGES || perThousand < PER_THOUSAND) return List.of();
        Tells.Found first = hedges.get(0);
        return List.of(Finding.inBody(ID, defaultSeverity(), String.format(java.util.Locale.ROOT,
                "%d hedges (\"might\", \"perhaps\" …) in %d words of prose (%.0f per 1,000): say what holds, and "
                        + "qualify only what is really uncertain.", hedges.size(), words, perThousand) + Tells.NOT_A_VERDICT,
                first.sentence().line(), first.start(), first.end()));
    }
}
