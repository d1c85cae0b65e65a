package org.reviewdesk.checks.rules.tells;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;

/**
 * What a chat tool leaves in a pasted answer: its citation tokens ({@code 【4:2†source】}, {@code [cite: 3]},
 * {@code [oaicite:1]}) and its replies to the person who asked ("Certainly!", "As of my last update"), from the
 * {@code chat-artifacts} list. A token is offered for deletion, a reply too when it is its own sentence or opens one.
 */
public final class ChatArtifactCheck implements Check {
    public static final String ID = "tell-chat-artifact";
    static final Pattern CITATION = Pattern.compile(
            "\u3010[^\u3011\\n]{0,80}\u3011|\\[cite(?:_start|_end)?(?::[^\\]\\n]{0,80})?\\]|:?contentReference\\[oaicite:\\d+\\](?:\\{index=\\d+\\})?"
                    + "|\\[oaicite:\\d+\\]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (BodyStructure.Sentence s : ctx.body().sentences()) {
            // every token holds one of these: most sentences are passed over without the pattern
            if (s.text().indexOf('\u3010') < 0 && !s.text().contains("cite")) continue;
            Matcher m = CITATION.matcher(s.text());
            while (m.find()) {
                int start = s.start() + m.start();
                if (ctx.body().lines().isCodeAt(start)) continue;
                String token = m.group();
                out.add(Finding.inBody(ID, defaultSeverity(), "\"" + token + "\" is a chat tool's citation token that "
                        + "came along with pasted text: delete it, and cite the source properly if one is needed."
                        + Tells.NOT_A_VERDICT, s.line(), start, start + token.length())
                        .withQuickFix(new QuickFix("Delete the citation token",
                                post -> post.withBody(TellEdits.deleteSpan(post.body(), start, token)))));
            }
        }
        for (Tells.Found f : Tells.find(ctx.body(), ctx.settings().tells().matcher(TellLists.CHAT_ARTIFACTS))) {
            out.add(PhraseFixes.withDeletion(Finding.inBody(ID, defaultSeverity(), "\"" + f.text() + "\" is a chat "
                    + "tool talking to whoever asked it, pasted into the post: delete it, or rewrite the passage for "
                    + "readers." + Tells.NOT_A_VERDICT, f.sentence().line(), f.start(), f.end()), f));
        }
        return out;
    }
}
