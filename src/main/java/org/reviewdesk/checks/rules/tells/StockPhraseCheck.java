package org.reviewdesk.checks.rules.tells;

import java.util.List;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;

/**
 * Stock openings and closings ("In today's fast-paced world", "I hope this helps"), from the {@code stock-phrases}
 * list: they fit any post and tell the reader nothing about this one. A sentence that is nothing but the phrase is
 * offered for deletion, a phrase that opens a longer sentence too.
 */
public final class StockPhraseCheck implements Check {
    public static final String ID = "tell-stock-phrase";

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
        return Tells.find(ctx.body(), ctx.settings().tells().matcher(TellLists.STOCK_PHRASES)).stream()
                .map(f -> PhraseFixes.withDeletion(Finding.inBody(ID, defaultSeverity(), "\"" + f.text()
                        + "\" is a stock phrase that fits any post: open or close with something about this one, or "
                        + "cut it." + Tells.NOT_A_VERDICT, f.sentence().line(), f.start(), f.end()), f))
                .toList();
    }
}
