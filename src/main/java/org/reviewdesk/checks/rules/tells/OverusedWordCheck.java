package org.reviewdesk.checks.rules.tells;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;

/**
 * Words machine-drafted prose leans on ("delve", "tapestry", "leverage"), from the {@code overused-words} list; each
 * use is reported, and replaced by the list's plainer word with one click.
 */
public final class OverusedWordCheck implements Check {
    public static final String ID = "tell-overused-word";

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
        List<Finding> out = new ArrayList<>();
        for (Tells.Found f : Tells.find(ctx.body(), ctx.settings().tells().matcher(TellLists.OVERUSED_WORDS))) {
            String plainer = f.match().entry().replacement();
            String message = "\"" + f.text() + "\" is a word drafts lean on: "
                    + (plainer == null ? "say it more plainly" : "a plainer word such as \"" + plainer + "\" may read better")
                    + "." + Tells.NOT_A_VERDICT;
            Finding finding = Finding.inBody(ID, defaultSeverity(), message, f.sentence().line(), f.start(), f.end());
            if (plainer != null) {
                int start = f.start();
                String text = f.text();
                finding = finding.withQuickFix(new QuickFix("Replace with \"" + plainer + "\"",
                        post -> post.withBody(TellEdits.replaceWord(post.body(), start, text, plainer))));
            }
            out.add(finding);
        }
        return out;
    }
}
