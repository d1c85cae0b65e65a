package org.reviewdesk.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reviewdesk.checks.Posts.md;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Readability;

/** The Flesch figures of the prose alone, against values worked out by hand. */
class ProseReadabilityTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"cat, 1", "the, 1", "table, 2", "makes, 1", "boxes, 2", "named, 1", "wanted, 2", "readability, 5",
            "syllable, 3", "happy, 2", "release, 2", "deployment, 3", "deploy, 2", "2026, 0"})
    void countsSyllablesBySpelling(String word, int syllables) {
        assertThat(Syllables.of(word)).isEqualTo(syllables);
    }

    @Test
    void theFormulaByHand() {
        // 206.835 - 1.015 * 100/5 - 84.6 * 150/100 = 206.835 - 20.3 - 126.9
        Readability r = new Readability(100, 5, 150);
        assertThat(r.readingEase()).isCloseTo(59.635, within(1e-9));
        assertThat(r.wordsPerSentence()).isEqualTo(20.0);
        assertThat(Readability.NONE.measured()).isFalse();
        assertThat(Readability.NONE.readingEase()).isNaN();
    }

    @Test
    void countsTwoShortSentences() {
        // words: the cat sat on the mat / it was happy = 9; syllables 1 each, "happy" 2 = 10; 2 sentences
        // 206.835 - 1.015 * 4.5 - 84.6 * 10 / 9 = 206.835 - 4.5675 - 94 = 108.2675
        Readability r = ProseReadability.of(BodyStructure.of("The cat sat on the mat. It was happy."));
        assertThat(r).isEqualTo(new Readability(9, 2, 10));
        assertThat(r.readingEase()).isCloseTo(108.2675, within(1e-9));
    }

    @Test
    void leavesOutCodeTablesIdentifierListsAndLinkTargets() {
        String body = md("The cat sat on the [mat](https://example.com/extraordinarily/complicated). It was happy.", "",
                "```java", "int complicatedVariableName = computeSomethingExtraordinary();", "```", "",
                "    indentedExtraordinaryCode();", "",
                "| column | another column |", "| --- | --- |", "| extraordinarily | complicated |", "",
                "- `user_id`", "- `created_at`", "- updatedAt", "",
                "Call `computeEverythingExtraordinarily()` now.");
        // the two sentences above (9 words, 10 syllables) and "Call now." (2 words, 2 syllables)
        assertThat(ProseReadability.of(BodyStructure.of(body))).isEqualTo(new Readability(11, 3, 12));
    }

    @Test
    void countsAListOfProseItems() {
        // roll back the de-ploy (5), read the logs (3)
        String body = md("- Roll back the deploy.", "- Read the logs.");
        assertThat(ProseReadability.of(BodyStructure.of(body))).isEqualTo(new Readability(7, 2, 8));
    }

    @Test
    void aBodyOfCodeAloneHasNoFigure() {
        Readability r = ProseReadability.of(BodyStructure.of(md("```", "print('hello there, readers')", "```")));
        assertThat(r.measured()).isFalse();
    }
}
