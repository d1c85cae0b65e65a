package org.reviewdesk.checks;

import org.reviewdesk.checks.rules.StandardChecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Post;
import org.reviewdesk.testing.SharedData;

/**
 * The checks over the two alphanode seed pages, read through a test-only stand-in for the importer (SeedPosts).
 * Today is 2025-06-01 (Posts.TODAY). What reading the seeds leads one to expect:
 * <ul>
 *   <li>both: payload.paragraphs (8 and 10) equals the paragraphs after the introduction, the body's checklist equals
 *       the meta checklist, the outline's problem and stack are in the title: none of those checks fires;</li>
 *   <li>both: reading_time (9 and 11) against about 400 and 550 words, i.e. 3 minutes: reading-time-mismatch;</li>
 *   <li>both: last reviewed 2022-01-06 and 2016-10-04, more than 365 days before today: stale-review;</li>
 *   <li>both: "for this python services case, keep the owner, expected result, and rollback note in the same place."
 *       twice in 000989 and three times in 025967, and "the alphanode approach is to prefer a small verified change
 *       over a broad rewrite." twice in 025967: repeated-sentence at each repeat (1 and 3 findings);</li>
 *   <li>both: the entity "backend" and the tools pytest, uvicorn, ruff, git and logs are never mentioned; fastapi is
 *       mentioned only by 025967's code: entity-not-mentioned (7 and 6 findings);</li>
 *   <li>000989: code_language python but no code at all: code-language-mismatch; 025967's untagged block is Python;</li>
 *   <li>025967: two images from images.unsplash.com, both listed in image sources, has_images set: only
 *       placeholder-image-host, once per image.</li>
 * </ul>
 */
class SeedsTest {
    private final CheckEngine engine = StandardChecks.engine();

    private static Post seed(String name) throws IOException {
        return SeedPosts.read(SharedData.seed(name));
    }

    @Test
    void theBodyStructureAgreesWithThePayloadCounts() throws IOException {
        assertThat(BodyStructure.of(seed("alphanode-000989.txt").body()).paragraphsAfterIntro()).isEqualTo(8);
        assertThat(BodyStructure.of(seed("alphanode-025967.txt").body()).paragraphsAfterIntro()).isEqualTo(10);
    }

    @Test
    void seed000989() throws IOException {
        List<Finding> findings = engine.run(seed("alphanode-000989.txt"), LibraryStats.EMPTY, Posts.SETTINGS);
        assertThat(findings).extracting(Finding::checkId, Finding::metaField).containsExactlyInAnyOrder(
                tuple("code-language-mismatch", "code_language"),
                tuple("reading-time-mismatch", "reading_time"),
                tuple("stale-review", "revision.last_reviewed"),
                tuple("entity-not-mentioned", "entities[1].name"),
                tuple("entity-not-mentioned", "tools[0]"), tuple("entity-not-mentioned", "tools[1]"),
                tuple("entity-not-mentioned", "tools[2]"), tuple("entity-not-mentioned", "tools[3]"),
                tuple("entity-not-mentioned", "tools[4]"), tuple("entity-not-mentioned", "tools[5]"),
                tuple("repeated-sentence", null),
                // the site's own name is no English word: a library adds it to its dictionary once
                tuple("spelling", null));
        assertThat(findings).filteredOn(f -> f.checkId().equals("reading-time-mismatch")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("says 9 min").contains("about 3 min"));
    }

    @Test
    void seed025967() throws IOException {
        Post post = seed("alphanode-025967.txt");
        List<Finding> findings = engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS);
        assertThat(findings).extracting(Finding::checkId).containsExactlyInAnyOrder(
                "reading-time-mismatch", "stale-review",
                "entity-not-mentioned", "entity-not-mentioned", "entity-not-mentioned", "entity-not-mentioned",
                "entity-not-mentioned", "entity-not-mentioned",
                "placeholder-image-host", "placeholder-image-host",
                "repeated-sentence", "repeated-sentence", "repeated-sentence",
                "spelling", "spelling");
        assertThat(findings).filteredOn(f -> f.checkId().equals("repeated-sentence"))
                .allSatisfy(f -> assertThat(post.body().substring(f.start(), f.end()))
                        .matches("(for this python services case|the alphanode approach).*\\."));
    }

    @Test
    void aLibraryOfBothSeedsShowsTheirSharedStockSentences() throws IOException {
        List<Post> both = List.of(seed("alphanode-000989.txt"), seed("alphanode-025967.txt"));
        CheckSettings twoPostLibrary = Posts.SETTINGS.withBoilerplate(1.0, 2);
        List<Finding> findings = engine.run(both.get(1), InMemoryLibraryStats.of(both), twoPostLibrary);
        // sentences both generated posts share, such as the alphanode approach and the final notes
        assertThat(findings).filteredOn(f -> f.checkId().equals("boilerplate-sentence"))
                .extracting(f -> both.get(1).body().substring(f.start(), f.end()))
                .contains("the alphanode approach is to prefer a small verified change over a broad rewrite.",
                        "keep the final commands, metrics, and assumptions close to the article so future maintenance is easier.");
    }

    @Test
    void applyingEveryQuickFixClearsThoseFindings() throws IOException {
        Post post = seed("alphanode-025967.txt");
        for (int round = 0; round < 10; round++) {
            List<Finding> fixable = engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS).stream()
                    .filter(f -> f.quickFix().isPresent()).toList();
            if (fixable.isEmpty()) break;
            post = fixable.get(0).quickFix().get().apply(post);
        }
        assertThat(engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS)).extracting(Finding::checkId)
                .doesNotContain("reading-time-mismatch", "repeated-sentence");
        assertThat(post.meta().readingTime()).isEqualTo(3);
        assertThat(BodyStructure.of(post.body()).paragraphsAfterIntro()).isEqualTo(10);
        assertThat(post.body()).containsOnlyOnce("for this python services case");
    }

    @Test
    void theSeedsHideNothing() throws IOException {
        for (String name : List.of("alphanode-000989.txt", "alphanode-025967.txt")) {
            assertThat(engine.run(seed(name), LibraryStats.EMPTY, Posts.SETTINGS)).as(name)
                    .extracting(Finding::checkId).doesNotContain("hidden-content");
        }
    }
}
