package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.LibraryStats;
import org.reviewdesk.checks.Posts;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.SpellingLanguage;
import org.reviewdesk.checks.SpellingSettings;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Post;

class SpellingCheckTest {
    private final SpellingCheck check = new SpellingCheck();

    @Test
    void reportsAMisspeltWordWithItsRangeAMessageAndAReplacement() {
        Post post = post(md("# Rollouts", "", "Each deploy should recieve a health check."));
        List<Finding> findings = run(check, post);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.line()).isEqualTo(3);
        assertThat(post.body().substring(f.start(), f.end())).isEqualTo("recieve");
        assertThat(f.message()).startsWith("\"recieve\" is not in the en-US dictionary").contains("\"receive\"")
                .contains("library dictionary");
        assertThat(f.quickFix()).get().extracting(q -> q.label()).isEqualTo("Replace with \"receive\"");
        assertThat(Posts.fixFirst(check, post).body()).contains("should receive a health check.");
    }

    @Test
    void thePostsOwnStackToolsAndEntitiesAreWords() {
        String body = md("Deploy with Terrafrom and Kubectx, then ask Grafna.");
        assertThat(run(check, post(body))).extracting(Finding::message)
                .anyMatch(m -> m.startsWith("\"Terrafrom\"")).anyMatch(m -> m.startsWith("\"Grafna\""));
        Post own = post(body, m -> m.stack(List.of("terrafrom")).tools(List.of("kubectx cli"))
                .entities(List.of(new Entity("Grafna Labs", "company"))));
        assertThat(run(check, own)).isEmpty();
    }

    @Test
    void theLibraryDictionaryAndThePostsIgnoredWordsAreAccepted() {
        Post post = post(md("The flakey retrier gave up."), m -> m.reference("ref-1"));
        assertThat(run(check, post)).extracting(Finding::message)
                .anyMatch(m -> m.startsWith("\"flakey\"")).anyMatch(m -> m.startsWith("\"retrier\""));
        var settings = Posts.SETTINGS.withSpelling(new SpellingSettings(SpellingLanguage.EN_US, Set.of("Flakey"),
                Map.of("ref-1", Set.of("retrier"))));
        assertThat(run(check, post, LibraryStats.EMPTY, settings)).isEmpty();
        // ignored in another post only: still reported here
        var elsewhere = Posts.SETTINGS.withSpelling(new SpellingSettings(SpellingLanguage.EN_US, Set.of(),
                Map.of("ref-2", Set.of("retrier", "flakey"))));
        assertThat(run(check, post, LibraryStats.EMPTY, elsewhere)).hasSize(2);
    }

    @Test
    void theLanguageSettingChoosesUsOrUkSpelling() {
        Post post = post(md("Its behaviour is odd."));
        assertThat(run(check, post)).hasSize(1);
        var uk = Posts.SETTINGS.withSpelling(SpellingSettings.DEFAULTS.withLanguage(SpellingLanguage.EN_GB));
        assertThat(run(check, post, LibraryStats.EMPTY, uk)).isEmpty();
    }

    @Test
    void anUnknownLanguageTagIsAOneLineErrorNamingTheKnownOnes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpellingLanguage.ofTag("fr-FR"))
                .hasMessage("spelling language \"fr-FR\" is not known; expected one of en-US, en-GB");
        assertThat(SpellingLanguage.ofTag("en_gb")).isEqualTo(SpellingLanguage.EN_GB);
    }

    @Test
    void onlySoManyDistinctWordsOfAPostGetASuggestionSoAPageOfGarbageIsCheckedInTime() {
        List<String> bases = List.of("between", "important", "different", "following", "without", "program", "system",
                "number", "example", "problem", "service", "database", "function", "language", "question", "develop",
                "general", "computer", "network", "process", "message", "children", "business", "country", "student");
        StringBuilder text = new StringBuilder();
        List<String> words = new java.util.ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            for (String base : bases) words.add(base.substring(0, 3) + c + base.substring(3));
        }
        for (String w : words) text.append("Then ").append(w).append(" again. ");
        Post post = post(md("# Garbage", "", text.toString(), "", words.get(0) + " once more."));
        List<Finding> findings = run(check, post);

        // A few of the made-up words may be real ones; all the others are flagged, and the repeated first one again.
        assertThat(findings.size()).as("every made-up word is flagged").isGreaterThan(words.size() - 10);
        List<String> distinct = findings.stream().map(f -> post.body().substring(f.start(), f.end())).distinct().toList();
        assertThat(distinct.size()).isGreaterThan(SpellingCheck.SUGGESTED_WORDS + 100);
        Set<String> first = Set.copyOf(distinct.subList(0, SpellingCheck.SUGGESTED_WORDS));
        long suggested = findings.stream().filter(f -> f.quickFix().isPresent()).count();
        assertThat(suggested).as("most of the first words get a suggestion").isGreaterThan(400L);
        assertThat(findings.stream().filter(f -> f.quickFix().isPresent())
                .allMatch(f -> first.contains(post.body().substring(f.start(), f.end())))).as("only the first words get one").isTrue();
        assertThat(findings.get(findings.size() - 1).message()).as("a word already given one keeps it").contains("perhaps");
    }
}
