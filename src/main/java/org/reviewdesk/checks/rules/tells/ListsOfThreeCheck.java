package org.reviewdesk.checks.rules.tells;

import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;

/**
 * Lists of exactly three items nearly everywhere: at least {@value #MIN_LISTS} lists, and three items in two
 * thirds of them or more. Drafts fall into threes whatever the subject has; a person counts what there is.
 * Reported at the first list of three.
 */
public final class ListsOfThreeCheck implements Check {
    public static final String ID = "tell-lists-of-three";
    static final int MIN_LISTS = 3;
    static final double MIN_SHARE = 2.0 / 3;

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
        List<BodyStructure.ListBlock> lists = ctx.body().lists().stream().filter(l -> l.items().size() >= 2).toList();
        List<BodyStructure.ListBlock> threes = lists.stream().filter(l -> l.items().size() == 3).toList();
        if (lists.size() < MIN_LISTS || threes.size() < MIN_SHARE * lists.size() - 1e-9) return List.of();
        BodyStructure.ListBlock first = threes.get(0);
        return List.of(Finding.inBody(ID, defaultSeverity(), threes.size() + " of the post's " + lists.size()
                + " lists have exactly three items: check each list holds what the subject has, not what sounds "
                + "rounded." + Tells.NOT_A_VERDICT, first.line(), first.start(), first.end()));
    }
}
