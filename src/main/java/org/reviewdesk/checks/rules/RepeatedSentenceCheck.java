package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewdesk.checks.BodyStructure.Sentence;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;

/**
 * The same sentence more than once in a body (case, whitespace and punctuation aside), and sentences so alike that
 * they read as the same (Jaccard similarity of their word sets at or above the configured threshold, for sentences of six words or more). Generators
 * pad drafts this way. Sentences under {@value #MIN_WORDS} words are left alone: "That's it." may repeat.
 * An exact repeat offers to delete itself; a near repeat does not, because only a person can say which wording to keep.
 */
public final class RepeatedSentenceCheck implements Check {
    public static final String ID = "repeated-sentence";
    static final int MIN_WORDS = 4;

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
        List<Sentence> sentences = ctx.body().sentences().stream().filter(s -> s.wordCount() >= MIN_WORDS).toList();
        List<Finding> out = new ArrayList<>();
        Map<String, Sentence> firstByKey = new HashMap<>();
        List<Sentence> distinct = new ArrayList<>();
        for (Sentence s : sentences) {
            Sentence first = firstByKey.putIfAbsent(s.key(), s);
            if (first == null) {
                distinct.add(s);
            } else {
                out.add(exactRepeat(s, first));
            }
        }
        int stopped = NearDuplicates.find(distinct, ctx.settings().nearDuplicateThreshold(), (later, earlier, similarity) ->
                out.add(Finding.inBody(ID, defaultSeverity(),
                        "This sentence nearly repeats the one on line " + earlier.line() + " (" + Math.round(similarity * 100)
                                + "% alike): keep one wording, or make them say different things.",
                        later.line(), later.start(), later.end())));
        if (stopped >= 0) out.add(notSearchedFrom(distinct.get(stopped)));
        return out;
    }

    /** Said where the search for near repeats stopped: no finding past it must not read as none there. */
    private static Finding notSearchedFrom(Sentence at) {
        return Finding.inBody(ID, Severity.INFO, String.format(java.util.Locale.ROOT, "Near repeats were looked for up to "
                + "this sentence only: the text repeats so few words that comparing every sentence with the ones before it "
                + "went past %,d comparisons (is it prose?). Exact repeats are all found.", NearDuplicates.COMPARISONS),
                at.line(), at.start(), at.end());
    }

    private Finding exactRepeat(Sentence repeat, Sentence first) {
        String where = first.line() == repeat.line() ? "earlier on this line" : "on line " + first.line();
        String text = repeat.text();
        int start = repeat.start();
        int end = repeat.end();
        return Finding.inBody(ID, defaultSeverity(),
                        "This sentence repeats the one " + where + ": delete it, or say something new here.",
                        repeat.line(), start, end)
                .withQuickFix(new QuickFix("Delete the repeated sentence",
                        post -> post.withBody(BodyEdits.deleteRepeat(post.body(), start, end, text))));
    }
}
