package org.reviewdesk.checks;

import org.reviewdesk.checks.rules.StandardChecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

class CheckEngineTest {
    private final CheckEngine engine = StandardChecks.engine();

    @Test
    void theStandardEngineHasEveryCheck() {
        assertThat(engine.checks()).extracting(Check::id).containsExactlyInAnyOrder(
                "repeated-sentence", "boilerplate-sentence", "meta-paragraphs-mismatch", "reading-time-mismatch",
                "checklist-mismatch", "image-without-source", "source-without-image", "image-flags-mismatch",
                "placeholder-image-host", "code-language-mismatch", "outline-heading-mismatch", "entity-not-mentioned",
                "pseudo-bold-unicode", "hashtag-stuffing", "scrape-debris", "stale-review", "hidden-content", "embedded-content", "spelling",
                "readability",
                "tell-overused-word", "tell-stock-phrase", "tell-filler", "tell-not-just", "tell-announcement-heading",
                "tell-dash-density", "tell-hedging-density", "tell-uniform-sentences", "tell-lists-of-three",
                "tell-chat-artifact");
    }

    @Test
    void aCleanPostHasNoFinding() {
        Post clean = new Post("Rolling back a release", md("Why a rollback plan pays for itself.", "",
                "## Rolling back", "", "Keep the previous build around until the new one has served real traffic."),
                org.reviewdesk.model.Meta.builder().readingTime(1).payload(new Payload(null, null, 1, null, null))
                        .revision(new Revision(ReviewStatus.REVIEWED, null, LocalDate.of(2025, 5, 1))).build());
        assertThat(engine.run(clean, LibraryStats.EMPTY, Posts.SETTINGS)).isEmpty();
    }

    @Test
    void findingsComeMetaFirstThenInLineOrder() {
        Post post = post(md("Intro sentence for the post.", "", "#a #b", "", "Repeat this exact sentence here.", "",
                "Repeat this exact sentence here.", "", "Like Comment Share"), m -> m.readingTime(40));
        List<Finding> findings = engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS);
        assertThat(findings).extracting(Finding::checkId, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reading-time-mismatch", 0),
                org.assertj.core.groups.Tuple.tuple("repeated-sentence", 7),
                org.assertj.core.groups.Tuple.tuple("scrape-debris", 9));
        // "#a #b" is not at the end of the body, and two hashtags are not stuffing
    }

    @Test
    void aDisabledCheckDoesNotRun() {
        Post post = post("Like Comment Share");
        assertThat(engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS)).extracting(Finding::checkId)
                .containsExactly("scrape-debris");
        assertThat(engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS.withDisabled(Set.of("scrape-debris")))).isEmpty();
    }

    @Test
    void twoChecksCannotShareAnId() {
        Check a = StandardChecks.engine().checks().get(0);
        assertThatThrownBy(() -> new CheckEngine(List.of(a, a))).hasMessageContaining(a.id());
    }

    @Test
    void aFindingRejectsAHalfRange() {
        assertThatThrownBy(() -> Finding.inBody("x", Severity.INFO, "m", 1, 3, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
    }
}
