package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.checks.BodyStructure.Heading;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.SentenceKey;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.meta.MetaFields;

/**
 * The AI outline's problem or stack does not show in the title or the headings: the draft drifted from its brief, or
 * the outline belongs to another post. Reflected means the phrase itself, or at least {@value #MIN_SHARE_PERCENT}% of
 * its content words (plural and -ing/-ed endings aside), appears in the title or a heading.
 */
public final class OutlineHeadingMismatchCheck implements Check {
    public static final String ID = "outline-heading-mismatch";
    static final int MIN_SHARE_PERCENT = 60;
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "into", "onto", "that",
            "this", "your", "our", "its", "are", "was", "how", "why", "what", "when", "not", "but", "all", "any", "use");

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
        AiOutline outline = ctx.post().meta().aiOutlineOrEmpty();
        StringBuilder visible = new StringBuilder(ctx.post().title());
        for (Heading h : ctx.body().headings()) visible.append(" \n ").append(h.text());
        String where = " " + SentenceKey.of(visible.toString()) + " ";
        Set<String> stems = stems(where);
        List<Finding> out = new ArrayList<>();
        check(outline.problem(), "problem", where, stems, out);
        check(outline.stack(), "stack", where, stems, out);
        return out;
    }

    private void check(String phrase, String part, String where, Set<String> stems, List<Finding> out) {
        if (phrase == null || phrase.isBlank() || isReflected(phrase, where, stems)) return;
        out.add(Finding.onMeta(ID, defaultSeverity(),
                "The AI outline's " + part + " \"" + phrase.trim() + "\" shows in neither the title nor a heading: "
                        + "bring the post back to it, or correct the outline.",
                MetaFields.AI_OUTLINE_SECTION.path() + "." + part));
    }

    static boolean isReflected(String phrase, String where, Set<String> stems) {
        String key = SentenceKey.of(phrase);
        if (key.isEmpty() || where.contains(" " + key + " ")) return true;
        Set<String> wanted = stems(key);
        if (wanted.isEmpty()) return true;
        long present = wanted.stream().filter(stems::contains).count();
        return present * 100 >= (long) MIN_SHARE_PERCENT * wanted.size();
    }

    private static Set<String> stems(String key) {
        Set<String> out = new HashSet<>();
        for (String word : key.trim().split(" ")) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) continue;
            out.add(stem(word));
        }
        return out;
    }

    private static String stem(String word) {
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
