package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.checks.BodyStructure.Sentence;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.CheckSettings;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;

/**
 * A sentence that many posts of the library share: a generator's stock phrase rather than something this post says.
 * "Many" is at least {@link CheckSettings#boilerplateMinShare()} of the library and at least
 * {@link CheckSettings#boilerplateMinPosts()} posts. Each such sentence is reported once, where it first appears.
 */
public final class BoilerplateSentenceCheck implements Check {
    public static final String ID = "boilerplate-sentence";

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
        int size = ctx.library().librarySize();
        CheckSettings settings = ctx.settings();
        int needed = Math.max(settings.boilerplateMinPosts(), (int) Math.ceil(settings.boilerplateMinShare() * size));
        if (size < needed) return List.of();
        List<Finding> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Sentence s : ctx.body().sentences()) {
            if (s.wordCount() < RepeatedSentenceCheck.MIN_WORDS || reported.contains(s.key())) continue;
            int posts = ctx.library().postsContaining(s.key());
            if (posts >= needed) {
                reported.add(s.key());
                out.add(Finding.inBody(ID, defaultSeverity(),
                        "This sentence appears in " + posts + " of the library's " + size
                                + " posts: say it in this post's own terms, or cut it.",
                        s.line(), s.start(), s.end()));
            }
        }
        return out;
    }
}
