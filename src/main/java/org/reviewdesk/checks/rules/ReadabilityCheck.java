package org.reviewdesk.checks.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.ProseReadability;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Readability;

/**
 * Prose that reads hard: a Flesch reading ease under the library's {@code readability.min_reading_ease}, counted on
 * the prose alone (code, tables and lists of identifiers left out), for posts of at least {@value #MIN_WORDS} words
 * of prose, below which one long sentence swings the score. Reported at the longest sentence, the first to split.
 */
public final class ReadabilityCheck implements Check {
    public static final String ID = "readability";
    static final int MIN_WORDS = 100;

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
        Readability r = ProseReadability.of(ctx.body());
        int threshold = ctx.settings().minReadingEase();
        if (r.words() < MIN_WORDS || r.readingEase() >= threshold) return List.of();
        BodyStructure.Sentence longest = ctx.body().sentences().stream()
                .max(Comparator.comparingInt(BodyStructure.Sentence::wordCount)).orElseThrow();
        return List.of(Finding.inBody(ID, defaultSeverity(), String.format(Locale.ROOT,
                "The prose reads hard: reading ease %.0f, under this library's %d, with %.1f words a sentence. Split "
                        + "long sentences (the longest, %d words, is here) and prefer short words. A figure for you to "
                        + "weigh, not a verdict.", r.readingEase(), threshold, r.wordsPerSentence(), longest.wordCount()),
                longest.line(), longest.start(), longest.end()));
    }
}
