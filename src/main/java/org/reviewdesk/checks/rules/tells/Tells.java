package org.reviewdesk.checks.rules.tells;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.PhraseMatcher;

/**
 * The tells of machine-written prose: what they share. Each finding says that it is a hint for a person to weigh,
 * never a verdict on who or what wrote the post; people write "delve" and three-item lists too.
 */
public final class Tells {
    /** Ends the message of every tell finding. */
    public static final String NOT_A_VERDICT = " (A hint for you to weigh, not a verdict on who wrote it.)";

    private Tells() {
    }

    /** Every tell check, in the order the settings list them. */
    public static List<Check> all() {
        return List.of(new OverusedWordCheck(), new StockPhraseCheck(), new FillerCheck(), new NotJustFormulaCheck(),
                new AnnouncementHeadingCheck(), new DashDensityCheck(), new HedgingDensityCheck(),
                new UniformSentencesCheck(), new ListsOfThreeCheck(), new ChatArtifactCheck());
    }

    /** A list entry found in the prose: in a sentence, outside inline code; offsets in the body. */
    record Found(int start, int end, String text, BodyStructure.Sentence sentence, PhraseMatcher.Match match) {
    }

    /** The entries of a list found in the body's sentences, outside code, in reading order. */
    static List<Found> find(BodyStructure body, PhraseMatcher matcher) {
        List<Found> out = new ArrayList<>();
        for (BodyStructure.Sentence s : body.sentences()) {
            for (PhraseMatcher.Match m : matcher.find(s.text(), 0, s.text().length())) {
                int start = s.start() + m.start();
                if (body.lines().isCodeAt(start)) continue;
                out.add(new Found(start, s.start() + m.end(), s.text().substring(m.start(), m.end()), s, m));
            }
        }
        return out;
    }

    /** Words of prose: the words of the body's sentences. */
    static int proseWords(BodyStructure body) {
        int words = 0;
        for (BodyStructure.Sentence s : body.sentences()) words += s.wordCount();
        return words;
    }
}
