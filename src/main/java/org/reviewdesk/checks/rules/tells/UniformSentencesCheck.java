package org.reviewdesk.checks.rules.tells;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;

/**
 * A paragraph of at least {@value #MIN_SENTENCES} sentences all of about the same length (low burstiness): the
 * coefficient of variation of their word counts (standard deviation over mean) under {@value #MAX_VARIATION}.
 * People mix short sentences with long ones; their paragraphs vary by 0.4 to 0.7.
 */
public final class UniformSentencesCheck implements Check {
    public static final String ID = "tell-uniform-sentences";
    static final int MIN_SENTENCES = 5;
    static final double MAX_VARIATION = 0.25;

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
        for (List<BodyStructure.Sentence> paragraph : paragraphs(ctx.post().body(), ctx.body().sentences())) {
            if (paragraph.size() < MIN_SENTENCES) continue;
            double variation = variation(paragraph);
            if (variation >= MAX_VARIATION) continue;
            BodyStructure.Sentence first = paragraph.get(0);
            BodyStructure.Sentence last = paragraph.get(paragraph.size() - 1);
            out.add(Finding.inBody(ID, defaultSeverity(), String.format(java.util.Locale.ROOT,
                    "The %d sentences of this paragraph are all about %.0f words long (they vary by %.2f; people's vary "
                            + "by 0.4 or more): break one up, or join two, so the rhythm varies.", paragraph.size(),
                    mean(paragraph), variation) + Tells.NOT_A_VERDICT, first.line(), first.start(), last.end()));
        }
        return out;
    }

    /** Consecutive sentences with nothing but white space between them, and no blank line. */
    static List<List<BodyStructure.Sentence>> paragraphs(String body, List<BodyStructure.Sentence> sentences) {
        List<List<BodyStructure.Sentence>> out = new ArrayList<>();
        List<BodyStructure.Sentence> current = new ArrayList<>();
        for (BodyStructure.Sentence s : sentences) {
            if (!current.isEmpty() && !sameParagraph(body, current.get(current.size() - 1).end(), s.start())) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    private static boolean sameParagraph(String body, int from, int to) {
        if (from > to) return false;
        String between = body.substring(from, to);
        return between.isBlank() && between.chars().filter(c -> c == '\n').count() <= 1;
    }

    static double variation(List<BodyStructure.Sentence> sentences) {
        double mean = mean(sentences);
        double squares = 0;
        for (BodyStructure.Sentence s : sentences) squares += (s.wordCount() - mean) * (s.wordCount() - mean);
        return Math.sqrt(squares / sentences.size()) / mean;
    }

    private static double mean(List<BodyStructure.Sentence> sentences) {
        return sentences.stream().mapToInt(BodyStructure.Sentence::wordCount).average().orElse(0);
    }
}
