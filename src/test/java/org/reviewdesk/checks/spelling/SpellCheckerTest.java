package org.reviewdesk.checks.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.SpellingLanguage;

/** The prose words the checker spells, and what it says of them, in US and UK English. */
class SpellCheckerTest {
    private static List<String> misspelt(SpellingLanguage language, String body) {
        var lines = BodyStructure.of(body).lines();
        return SpellChecker.of(language).misspellings(body, lines::isCodeAt, w -> false).stream()
                .map(Misspelling::word).toList();
    }

    private static List<String> misspelt(String body) {
        return misspelt(SpellingLanguage.EN_US, body);
    }

    @Test
    void findsMisspeltWordsOfProseWithTheirOffsets() {
        String body = "We recieve alerts when the dashbord turns red.\n";
        var found = SpellChecker.of(SpellingLanguage.EN_US).misspellings(body, o -> false, w -> false);
        assertThat(found).extracting(Misspelling::word).containsExactly("recieve", "dashbord");
        assertThat(body.substring(found.get(0).start(), found.get(0).end())).isEqualTo("recieve");
    }

    @Test
    void leavesCapitalsApostrophesAndPossessivesOfKnownWordsAlone() {
        assertThat(misspelt("The team's release didn't wait. Operators’ notes say it isn't done.\n")).isEmpty();
    }

    @Test
    void neverLooksInsideFencedIndentedOrInlineCode() {
        String body = "Intro line.\n\n```python\nrecieve = dashbord()\n```\n\n    indnted recieve\n\nRun `recieve --dashbord` now.\n";
        assertThat(misspelt(body)).isEmpty();
        assertThat(misspelt("Run recieve now.\n")).containsExactly("recieve");
    }

    @Test
    void skipsAddressesLinkTargetsTagsAndPaths() {
        String body = "See [the guide](https://exmple.com/recieve-docs) and <https://dashbord.io>.\n"
                + "Edit /etc/recieve/confg or src/dashbord/Mian.java and config.yamll, mail ops@exmple.org,\n"
                + "<span class=\"hilite\">fine</span> &nbsp; #kubernets @opsbot www.exmple.com\n\n"
                + "[refrence]: https://exmple.com/x\n";
        assertThat(misspelt(body)).isEmpty();
    }

    @Test
    void identifiersAcronymsAndWordsWithDigitsAreNotWords() {
        assertThat(misspelt("Call getUserNme with max_retrys, then K8S, GRPCX, h2oo and JavaScrpt.\n")).isEmpty();
    }

    @Test
    void linkTextAndImageCaptionsAreProse() {
        assertThat(misspelt("Read [the recieve guide](https://example.com) and ![a dashbord](a.png).\n"))
                .containsExactly("recieve", "dashbord");
    }

    @Test
    void usAndUkSpellingsDiffer() {
        String body = "The colour of the behaviour is a color of behavior.\n";
        assertThat(misspelt(SpellingLanguage.EN_US, body)).containsExactly("colour", "behaviour");
        assertThat(misspelt(SpellingLanguage.EN_GB, body)).containsExactly("color", "behavior");
    }

    @Test
    void suggestsTheLikeliestCorrectionFirstWithTheWordsCapital() {
        SpellChecker checker = SpellChecker.of(SpellingLanguage.EN_US);
        assertThat(checker.suggestions("recieve", 5)).first().isEqualTo("receive");
        assertThat(checker.suggestions("Dashbord", 5)).first().isEqualTo("Dashboard");
        assertThat(checker.suggestions("recieve", 5)).hasSizeLessThanOrEqualTo(5);
    }
}
