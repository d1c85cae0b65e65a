package org.reviewdesk.checks.rules.tells;

import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;

/**
 * Em dashes (and the " -- " typed for one) in the prose, per 1,000 words of prose: drafts lean on them where a
 * comma, a colon or a full stop would do. Fires from {@value #PER_THOUSAND} per 1,000 words with at least
 * {@value #MIN_DASHES} dashes, at the first one. Careful writers use two to four per 1,000 words.
 */
public final class DashDensityCheck implements Check {
    public static final String ID = "tell-dash-density";
    static final double PER_THOUSAND = 8;
    static final int MIN_DASHES = 3;

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
        BodyStructure body = ctx.body();
        int dashes = 0;
        int first = -1;
        int firstLine = 0;
        for (BodyStructure.Sentence s : body.sentences()) {
            String text = s.text();
            for (int i = 0; i < text.length(); i++) {
                boolean dash = text.charAt(i) == '\u2014' || i > 0 && text.startsWith(" -- ", i - 1);
                if (!dash || body.lines().isCodeAt(s.start() + i)) continue;
                if (dashes++ == 0) {
                    first = s.start() + i;
                    firstLine = s.line();
                }
                if (text.startsWith("--", i)) i++;
            }
        }
        int words = Tells.proseWords(body);
        double perThousand = words == 0 ? 0 : dashes * 1000.0 / words;
        if (dashes < MIN_DASHES || perThousand < PER_THOUSAND) return List.of();
        return List.of(Finding.inBody(ID, defaultSeverity(), String.format(java.util.Locale.ROOT,
                "%d dashes in %d words of prose (%.0f per 1,000; careful writers use 2 to 4): make some of them "
                        + "commas, colons or full stops.", dashes, words, perThousand) + Tells.NOT_A_VERDICT,
                firstLine, first, first + 1));
    }
}
