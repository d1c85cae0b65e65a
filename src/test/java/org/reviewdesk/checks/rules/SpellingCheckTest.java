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
}
