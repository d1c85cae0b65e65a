package org.reviewdesk.checks.rules.tells;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;
import org.reviewdesk.model.library.TellOverride;

/**
 * Headings that announce a section instead of naming its subject ("What you'll learn", "Key takeaways"), from the
 * {@code announcement-headings} list, matched on the heading's whole text (a leading number and closing
 * punctuation aside).
 */
public final class AnnouncementHeadingCheck implements Check {
    public static final String ID = "tell-announcement-heading";

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
        Set<String> announcements = ctx.settings().tells().entries(TellLists.ANNOUNCEMENT_HEADINGS).stream()
                .filter(TellLists.Entry::on).map(TellLists.Entry::key).collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>();
        for (BodyStructure.Heading h : ctx.body().headings()) {
            if (!announcements.contains(key(h.text()))) continue;
            int start = ctx.body().lines().start(h.line());
            int end = ctx.body().lines().end(h.line());
            out.add(Finding.inBody(ID, defaultSeverity(), "The heading \"" + h.text() + "\" announces a section "
                    + "instead of naming its subject: name what the section is about." + Tells.NOT_A_VERDICT,
                    h.line(), start, end));
        }
        return out;
    }

    /** "1. What You'll Learn:" → "what you'll learn". */
    static String key(String heading) {
        String text = heading.strip().replaceFirst("^\\d+[.)]?\\s+", "").replaceFirst("[\\s:.!?\u2026]+$", "");
        return TellOverride.key(text);
    }
}
