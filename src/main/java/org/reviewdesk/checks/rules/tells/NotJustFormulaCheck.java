package org.reviewdesk.checks.rules.tells;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;

/**
 * The "not just X, it's Y" formula ("This isn't just a cache — it's a promise", "It's not a tool; it's a mindset"):
 * a contrast set up to be knocked down, which drafts reach for to sound weighty. No fix: only a person can say
 * what the sentence should claim.
 */
public final class NotJustFormulaCheck implements Check {
    public static final String ID = "tell-not-just";
    private static final String APOSTROPHE = "['\u2019]";
    private static final String TURN = "(?:[,;:\u2014\u2013]|\\s-\\s|\\s--\\s)\\s*";
    private static final String SECOND = "(?:it" + APOSTROPHE + "s|it is|they" + APOSTROPHE + "re|they are|this is|that"
            + APOSTROPHE + "s|that is|but|rather)\\b";
    static final Pattern FORMULA = Pattern.compile(
            "\\b(?:(?:is|are|was|were)(?:n" + APOSTROPHE + "t| not)|not)\\s+(?:just|only|merely|simply)\\b[^.!?]{1,80}?"
                    + TURN + SECOND
                    + "|\\b(?:it" + APOSTROPHE + "s not|it is not|this isn" + APOSTROPHE + "t|this is not)\\b[^.!?]{1,60}?"
                    + TURN + "(?:it" + APOSTROPHE + "s|it is|this is)\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean hasNegation(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("not") || lower.contains("n't") || lower.contains("n\u2019t");
    }

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
        for (BodyStructure.Sentence s : ctx.body().sentences()) {
            // the formula has a "not" or an "n't" and a second clause: most sentences are passed over without the pattern
            if (!hasNegation(s.text())) continue;
            Matcher m = FORMULA.matcher(s.text());
            if (!m.find()) continue;
            int start = s.start() + m.start();
            if (ctx.body().lines().isCodeAt(start)) continue;
            out.add(Finding.inBody(ID, defaultSeverity(), "\"Not just X, it's Y\" sets up a contrast only to knock it "
                    + "down: say plainly what the thing is and does." + Tells.NOT_A_VERDICT,
                    s.line(), start, s.start() + m.end()));
        }
        return out;
    }
}
