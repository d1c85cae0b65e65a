package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Posts;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

class MetaChecksTest {
    private static final String THREE_AFTER_INTRO = md("The introduction.", "", "## Part", "", "One.", "", "- a bullet",
            "", "Two.", "", "```", "code", "```", "", "![pic](https://example.org/p.png)", "", "Three.");

    @Nested
    class Paragraphs {
        private final MetaParagraphsMismatchCheck check = new MetaParagraphsMismatchCheck();

        private Post withCount(Integer n) {
            return post(THREE_AFTER_INTRO, m -> m.payload(new Payload("src", "gen", n, null, null)));
        }

        @Test
        void firesWhenTheCountDiffersAndTheFixTakesTheComputedOne() {
            assertThat(run(check, withCount(5))).singleElement().satisfies(f -> {
                assertThat(f.metaField()).isEqualTo("payload.paragraphs");
                assertThat(f.line()).isZero();
                assertThat(f.message()).contains("says 5").contains("has 3");
            });
            Post fixed = Posts.fixFirst(check, withCount(5));
            assertThat(fixed.meta().payload()).isEqualTo(new Payload("src", "gen", 3, null, null));
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void staysQuietWhenEqualOrAbsent() {
            assertThat(run(check, withCount(3))).isEmpty();
            assertThat(run(check, withCount(null))).isEmpty();
            assertThat(run(check, post(THREE_AFTER_INTRO))).isEmpty();
        }
    }

    @Nested
    class ReadingTime {
        private final ReadingTimeMismatchCheck check = new ReadingTimeMismatchCheck();
        private final String sixHundredWords = "word ".repeat(600); // 3 minutes

        @Test
        void firesWhenFarAndGivesBothNumbers() {
            Post post = post(sixHundredWords, m -> m.readingTime(9));
            assertThat(run(check, post)).singleElement().satisfies(f -> {
                assertThat(f.metaField()).isEqualTo("reading_time");
                assertThat(f.message()).contains("says 9 min").contains("600 words").contains("about 3 min");
            });
            Post fixed = Posts.fixFirst(check, post);
            assertThat(fixed.meta().readingTime()).isEqualTo(3);
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void toleratesTwoMinutesOrHalfTheComputedTime() {
            assertThat(run(check, post(sixHundredWords, m -> m.readingTime(5)))).isEmpty();
            assertThat(run(check, post(sixHundredWords, m -> m.readingTime(1)))).isEmpty();
            assertThat(run(check, post(sixHundredWords, m -> m.readingTime(6)))).hasSize(1);
            assertThat(run(check, post("word ".repeat(4000), m -> m.readingTime(28)))).isEmpty(); // 20 min, 40% off
            assertThat(run(check, post("word ".repeat(4000), m -> m.readingTime(31)))).hasSize(1);
            assertThat(run(check, post(sixHundredWords))).isEmpty();
        }
    }

    @Nested
    class Checklist {
        private final ChecklistMismatchCheck check = new ChecklistMismatchCheck();
        private final String body = md("Intro.", "", "## Implementation checklist", "", "- Run the tests.",
                "- tag the release", "", "## Final notes", "", "- not a checklist item");

        @Test
        void staysQuietWhenTheItemsAgreeCaseAndFullStopsAside() {
            assertThat(run(check, post(body, m -> m.checklist(List.of("run the tests", "Tag the release"))))).isEmpty();
        }

        @Test
        void firesOnDifferentItemsNamingThemAndTheFixCopiesTheBody() {
            Post post = post(body, m -> m.checklist(List.of("run the tests", "verify staging config")));
            assertThat(run(check, post)).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.metaField()).isEqualTo("checklist");
                assertThat(f.message()).contains("only in the body: \"tag the release\"")
                        .contains("only in the meta box: \"verify staging config\"");
            });
            Post fixed = Posts.fixFirst(check, post);
            assertThat(fixed.meta().checklist()).containsExactly("Run the tests.", "tag the release");
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void firesOnAMetaChecklistWithoutASection() {
            assertThat(run(check, post("Just prose.", m -> m.checklist(List.of("a")))))
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("no checklist section"));
            assertThat(run(check, post("Just prose."))).isEmpty();
        }
    }

    @Nested
    class StaleReview {
        private final StaleReviewCheck check = new StaleReviewCheck();

        private Post reviewed(ReviewStatus status, LocalDate date) {
            return post("Body.", m -> m.revision(new Revision(status, null, date)));
        }

        @Test
        void firesOnAnOldReviewWithItsAge() {
            assertThat(run(check, reviewed(ReviewStatus.DRAFTED, LocalDate.of(2022, 1, 6)))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.metaField()).isEqualTo("revision.last_reviewed");
                        assertThat(f.message()).contains("2022-01-06").contains("1242 days");
                    });
        }

        @Test
        void followsTheConfiguredAgeAndTheInjectedToday() {
            Post post = reviewed(ReviewStatus.REVIEWED, LocalDate.of(2025, 1, 1));
            assertThat(run(check, post)).isEmpty();
            assertThat(run(check, post, org.reviewdesk.checks.LibraryStats.EMPTY, Posts.SETTINGS.withStaleAfterDays(90)))
                    .hasSize(1);
            assertThat(run(check, post, org.reviewdesk.checks.LibraryStats.EMPTY,
                    Posts.SETTINGS.withToday(LocalDate.of(2026, 6, 1)))).hasSize(1);
        }

        @Test
        void firesOnAReviewedPostWithoutADateButNotOnADraft() {
            assertThat(run(check, reviewed(ReviewStatus.PUBLISHED, null))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("no last review date"));
            assertThat(run(check, reviewed(ReviewStatus.DRAFTED, null))).isEmpty();
        }

        @Test
        void flagsAFutureDate() {
            assertThat(run(check, reviewed(ReviewStatus.REVIEWED, LocalDate.of(2025, 7, 1)))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("after today"));
        }
    }

    @Nested
    class Outline {
        private final OutlineHeadingMismatchCheck check = new OutlineHeadingMismatchCheck();

        private Post outlined(String title, String problem, String stack) {
            return new Post(title, md("Intro.", "", "## Rolling back database migrations", "", "Text."),
                    org.reviewdesk.model.Meta.builder().aiOutline(new AiOutline(null, problem, stack, null)).build());
        }

        @Test
        void staysQuietWhenTheTitleOrAHeadingReflectsTheOutline() {
            assertThat(run(check, outlined("Safer deploys with python services", "safer deploys", "python services")))
                    .isEmpty();
            // not the same phrase, but its content words are all in a heading (plural endings aside)
            assertThat(run(check, outlined("Notes", "rolling back a database migration", null))).isEmpty();
        }

        @Test
        void firesOnAProblemOrStackFoundNowhere() {
            assertThat(run(check, outlined("Safer deploys", "caching rendered pages", "php sites")))
                    .extracting(f -> f.metaField()).containsExactly("ai_outline.problem", "ai_outline.stack");
        }
    }

    @Nested
    class Entities {
        private final EntityNotMentionedCheck check = new EntityNotMentionedCheck();

        @Test
        void firesOncePerNameNeverMentionedAsAWord() {
            Post post = new Post("Deploys with FastAPI", md("We digitize logs.", "", "```", "pytest -q", "```"),
                    org.reviewdesk.model.Meta.builder()
                            .entities(List.of(new Entity("python services", "stack"), new Entity("backend", "area")))
                            .stack(List.of("python services", "Backend"))
                            .tools(List.of("fastapi", "pytest", "git", "logs", "node.js")).build());
            // fastapi in the title, pytest in code and logs in prose are mentions; "git" inside "digitize" is not
            assertThat(run(check, post)).extracting(f -> f.metaField())
                    .containsExactly("entities[0].name", "entities[1].name", "tools[2]", "tools[4]");
        }

        @Test
        void matchesMultiWordNamesAcrossLineBreaksAndPunctuatedNames() {
            Post post = new Post("T", md("Python", "services on Node.js, really."),
                    org.reviewdesk.model.Meta.builder().stack(List.of("python services", "node.js")).build());
            assertThat(run(check, post)).isEmpty();
        }
    }
}
