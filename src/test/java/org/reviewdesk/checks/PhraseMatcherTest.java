package org.reviewdesk.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole words, case aside, any white space where an entry has a space, either apostrophe; the longest entry first. */
class PhraseMatcherTest {
    private final PhraseMatcher matcher = new PhraseMatcher(List.of(entry("delve"), entry("in today's fast-paced world"),
            entry("in today's"), entry("certainly!"), entry("game-changer")));

    private static TellLists.Entry entry(String phrase) {
        return new TellLists.Entry(phrase, null, true, true);
    }

    private List<String> found(String text) {
        return matcher.find(text, 0, text.length()).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsWholeWordsAndPhrasesWhateverTheirCaseSpacesAndApostrophes() {
        assertThat(found("We DELVE, then 'delve' again.")).containsExactly("DELVE", "delve");
        assertThat(found("In today\u2019s\n fast-paced  world, and in today's news")).containsExactly(
                "In today\u2019s\n fast-paced  world", "in today's");
        assertThat(found("Certainly! A game-changer.")).containsExactly("Certainly!", "game-changer");
    }

    @Test
    void leavesPartsOfWordsAlone() {
        assertThat(found("delved delver pre-delve delve2 redelve certainly game")).isEmpty();
    }
}
