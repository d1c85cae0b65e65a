package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.SpellingSettings;
import org.reviewdesk.checks.spelling.Misspelling;
import org.reviewdesk.checks.spelling.ProseWords;
import org.reviewdesk.checks.spelling.SpellChecker;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * Words of the prose that the library's English dictionary does not know. Code, addresses, identifiers, acronyms,
 * the post's own stack, tools and entities, the library's dictionary and the words the post ignores are left alone.
 * Information, not a verdict: a technical post is full of names no dictionary has.
 */
public final class SpellingCheck implements Check {
    public static final String ID = "spelling";
    /** Longer than any word of a dictionary: such a run is quoted by its start, and gets no suggestion. */
    static final int LONGEST_WORD = 60;
    /**
     * The distinct words of one post that get a suggestion. Finding one searches the dictionary for the words an edit
     * away (a few milliseconds a word): a 5 MB page of random words, most of them new, took {@code check} 666 s.
     * Prose has far fewer unknown words than this; past it the finding says "correct it" without a guess, and the
     * editor's spelling menu still asks for suggestions of the word it is opened on.
     */
    static final int SUGGESTED_WORDS = 500;

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
        SpellingSettings settings = ctx.settings().spelling();
        SpellChecker checker = SpellChecker.of(settings.language());
        BodyLines lines = ctx.body().lines();
        List<Finding> out = new ArrayList<>();
        Set<String> suggestedFor = new HashSet<>();
        for (Misspelling m : misspellings(ctx.post(), lines, settings)) {
            // No dictionary word is that long: a run of letters longer than this is no misspelling to suggest for.
            boolean suggest = m.word().length() <= LONGEST_WORD
                    && (suggestedFor.contains(m.word()) || suggestedFor.size() < SUGGESTED_WORDS && suggestedFor.add(m.word()));
            List<String> suggestions = suggest ? checker.suggestions(m.word(), 1) : List.of();
            Finding f = Finding.inBody(ID, defaultSeverity(), message(m.word(), settings, suggestions),
                    lines.lineOf(m.start()), m.start(), m.end());
            if (!suggestions.isEmpty()) f = f.withQuickFix(replace(m, suggestions.get(0)));
            out.add(f);
        }
        return out;
    }

    /** The misspelt words of a post's prose under the library's settings: what the check and the editor's marks share. */
    public static List<Misspelling> misspellings(Post post, BodyLines lines, SpellingSettings settings) {
        Set<String> names = ownNames(post.meta());
        String reference = post.meta().reference();
        return SpellChecker.of(settings.language()).misspellings(post.body(), lines::isCodeAt,
                w -> names.contains(w.toLowerCase(Locale.ROOT)) || settings.accepts(reference, w));
    }

    /** The words of the post's stack, tools and entity names, lower-cased: its own vocabulary. */
    static Set<String> ownNames(Meta meta) {
        Set<String> out = new HashSet<>();
        List<String> names = new ArrayList<>();
        if (meta.stack() != null) names.addAll(meta.stack());
        if (meta.tools() != null) names.addAll(meta.tools());
        if (meta.entities() != null) meta.entities().stream().map(Entity::name).forEach(names::add);
        for (String name : names) {
            if (name == null) continue;
            for (String part : name.split("[^\\p{L}\\p{N}']+")) {
                if (!part.isEmpty()) out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String message(String word, SpellingSettings settings, List<String> suggestions) {
        String fix = suggestions.isEmpty() ? "correct it" : "correct it (perhaps \"" + suggestions.get(0) + "\")";
        String quoted = word.length() <= LONGEST_WORD ? "\"" + word + "\""
                : "\"" + word.substring(0, word.offsetByCodePoints(0, 30)) + "\u2026\" (a run of "
                + String.format(Locale.ROOT, "%,d", word.length()) + " letters)";
        return quoted + " is not in the " + settings.language().tag() + " dictionary: " + fix
                + ", or add it to the library dictionary or ignore it in this post if it is right.";
    }

    private static QuickFix replace(Misspelling m, String suggestion) {
        return new QuickFix("Replace with \"" + suggestion + "\"",
                post -> post.withBody(BodyEdits.replaceAt(post.body(), m.start(), m.word(), suggestion)));
    }
}
