package org.reviewdesk.checks.rules.tells;

import java.util.List;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;

/**
 * Sycophancy and filler ("Great question!", "It's important to note that"), from the {@code filler} list: praise of
 * the reader, and phrases that announce a point instead of making it. Offered for deletion where that leaves a sentence.
 */
public final class FillerCheck implements Check {
    public static final String ID = "tell-filler";

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
        return Tells.find(ctx.body(), ctx.settings().tells().matcher(TellLists.FILLER)).stream()
                .map(f -> PhraseFixes.withDeletion(Finding.inBody(ID, defaultSeverity(), "\"" + f.text()
                        + "\" is filler: make the point directly, or cut it." + Tells.NOT_A_VERDICT,
                        f.sentence().line(), f.start(), f.end()), f))
                .toList();
    }
}
