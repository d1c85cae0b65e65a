package org.reviewdesk.checks.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.SpellingLanguage;

/**
 * The dictionary the checker reads lists the letters the speller takes for one another instead of letting it decompose
 * them at every comparison: the suggestions must be the very ones of the dictionary as shipped, in the same order.
 */
class SameLettersTest {
    private static final List<String> WORDS = List.of("recieve", "dashbord", "teh", "postgress", "cafe", "Cafe", "naive",
            "resume", "fiance", "creme", "facade", "Zurich", "Muller", "senor", "pinata", "jalapeno", "deja", "eclair",
            "cliche", "protege", "Bronte", "soupcon", "doppelganger", "uber", "Ubér", "CAFE", "Résumé", "resumé", "naïve",
            "colour", "behavior", "alpha", "Βeta", "βeta", "μs", "Μs", "naïvete", "Şahin", "fiancée", "kubernetes",
            "javascript", "Postgres", "definately", "seperate", "occured", "wierd", "accomodate", "untill", "tommorow",
            "begining", "beleive", "enviroment", "goverment", "independant");

    @Test
    void suggestsWhatTheShippedDictionarySuggestsInTheSameOrder() throws Exception {
        for (SpellingLanguage language : List.of(SpellingLanguage.EN_US, SpellingLanguage.EN_GB)) {
            Dictionary shipped = EnglishDictionaries.read(EnglishDictionaries.url(language));
            Speller before = new Speller(shipped, 1);
            Speller now = new Speller(EnglishDictionaries.comparingFromAMap(shipped), 1);
            for (String word : words()) {
                assertThat(now.findReplacements(word)).as("%s in %s", word, language).isEqualTo(before.findReplacements(word));
                assertThat(now.isMisspelled(word)).as("%s in %s", word, language).isEqualTo(before.isMisspelled(word));
            }
        }
    }

    @Test
    void theDictionaryForSuggestionsNoLongerDecomposesLetters() {
        Dictionary read = EnglishDictionaries.forSuggestions(SpellingLanguage.EN_US);
        assertThat(read.metadata.isIgnoringDiacritics()).isFalse();
        assertThat(read.metadata.getEquivalentChars().get('e')).contains('é', 'E', 'É', 'ē');
        assertThat(read.metadata.getEquivalentChars().get('e')).doesNotContain('a', 'f');
    }

    @Test
    void lettersAreTheSameWhenTheirDecompositionsStartWithTheSameLetterInEitherCase() {
        assertThat(SameLetters.key('é')).isEqualTo('e');
        assertThat(SameLetters.key('É')).isEqualTo('e');
        assertThat(SameLetters.key('ß')).isEqualTo('ß');
        assertThat(SameLetters.key('ñ')).isEqualTo(SameLetters.key('N'));
        assertThat(SameLetters.key('ø')).isNotEqualTo(SameLetters.key('o'));
    }

    /** The listed words, and each with one letter changed, added, dropped or swapped, or given an accent. */
    private static List<String> words() {
        Random random = new Random(7);
        String letters = "abcdefghijklmnopqrstuvwxyzéèêëàâäôöüçñ";
        List<String> out = new ArrayList<>(WORDS);
        for (String w : WORDS) {
            for (int k = 0; k < 4; k++) {
                StringBuilder sb = new StringBuilder(w);
                int i = random.nextInt(w.length());
                char c = letters.charAt(random.nextInt(letters.length()));
                switch (k) {
                    case 0 -> sb.setCharAt(i, c);
                    case 1 -> sb.insert(i, c);
                    case 2 -> { if (sb.length() > 2) sb.deleteCharAt(i); }
                    default -> { if (i + 1 < sb.length()) { char t = sb.charAt(i); sb.setCharAt(i, sb.charAt(i + 1)); sb.setCharAt(i + 1, t); } }
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}
