package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;

/**
 * Lines a scraper carried over from the page around a post: social buttons, sign-in prompts, "Similar Posts", lone
 * '|' navigation cells. A line is debris only when it is nothing else (a sentence that mentions "similar posts" is
 * text). The fix removes every debris line outside code.
 */
public final class ScrapeDebrisCheck implements Check {
    /** Compiled once: String.split and replaceAll compile their expression at every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static final String ID = "scrape-debris";
    private static final int MAX_DEBRIS_LENGTH = 80;

    private static final Set<String> DEBRIS = Set.of(
            "to view or add a comment, sign in", "to view or add a comment sign in", "more relevant posts",
            "explore related topics", "explore content categories", "similar posts", "related posts", "see more",
            "…see more", "...see more", "show more", "show less", "report this post", "sign in to view more content",
            "join now", "sign in", "follow", "+ follow", "like comment share", "like comment repost send",
            "like · comment · share", "like · reply", "copy link", "skip to main content", "read more", "share this post");

    private static final List<Pattern> DEBRIS_PATTERNS = List.of(
            Pattern.compile("[|\\s]*\\|[|\\s]*"),                                          // lone navigation cells
            Pattern.compile("(like|comment|repost|share|send|reply)([\\s·|•,]+(like|comment|repost|share|send|reply))+"),
            Pattern.compile("\\d[\\d,.]*k?\\s+(likes?|comments?|reposts?|reactions?|shares?|followers?)"
                    + "(\\s*[·•]\\s*\\d[\\d,.]*k?\\s+(likes?|comments?|reposts?|reactions?|shares?))*"));

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
        BodyLines lines = ctx.body().lines();
        List<Finding> out = new ArrayList<>();
        for (int l = 1; l <= lines.count(); l++) {
            if (lines.isCodeLine(l) || !isDebris(lines.text(l))) continue;
            out.add(Finding.inBody(ID, defaultSeverity(),
                    "\"" + lines.text(l).strip() + "\" is page furniture left by a scrape, not part of the post: remove it.",
                    l, lines.start(l), lines.end(l))
                    .withQuickFix(new QuickFix("Remove scrape debris lines",
                            post -> post.withBody(BodyEdits.removeLines(post.body(), ScrapeDebrisCheck::isDebris)))));
        }
        return out;
    }

    static boolean isDebris(String line) {
        // every debris line is short; prose lines are most of a body, so skip them before any regex
        if (line.length() > MAX_DEBRIS_LENGTH) return false;
        String t = WHITESPACE.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (t.isEmpty()) return false;
        if (DEBRIS.contains(t)) return true;
        for (Pattern p : DEBRIS_PATTERNS) {
            if (p.matcher(t).matches()) return true;
        }
        return false;
    }
}
