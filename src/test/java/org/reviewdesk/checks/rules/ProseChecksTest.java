package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.InMemoryLibraryStats;
import org.reviewdesk.checks.Posts;
import org.reviewdesk.model.Post;

class ProseChecksTest {

    @Nested
    class RepeatedSentence {
        private final RepeatedSentenceCheck check = new RepeatedSentenceCheck();

        @Test
        void firesOnTheSecondOccurrenceCaseAndSpacingAside() {
            String body = md("Measure before you change anything. Then act.", "",
                    "Later on we say it again: no.", "", "measure   before you CHANGE anything!");
            List<Finding> findings = run(check, post(body));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(5);
                assertThat(body.substring(f.start(), f.end())).isEqualTo("measure   before you CHANGE anything!");
                assertThat(f.message()).contains("line 1");
            });
        }

        @Test
        void firesOnANearDuplicate() {
            String body = md("Keep the owner, the expected result and the rollback note in one place.", "",
                    "Keep the owner, the expected result and the rollback notes in one place.");
            assertThat(run(check, post(body))).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.message()).contains("nearly repeats").contains("line 1");
                assertThat(f.quickFix()).isEmpty();
            });
        }

        @Test
        void staysQuietOnDifferentSentencesAndShortOnes() {
            String body = md("Keep the owner in one place. That's it.", "",
                    "Keep the rollback plan somewhere the on-call engineer can find it. That's it.");
            assertThat(run(check, post(body))).isEmpty();
        }

        @Test
        void aTextOfFewWordsOverAndOverSaysWhereTheSearchForNearRepeatsStopped() {
            String[] words = {"latency", "query", "index", "request", "service", "cache", "measure", "deploy", "database",
                    "receive", "queue", "shard"};
            java.util.Random random = new java.util.Random(5);
            StringBuilder body = new StringBuilder();
            for (int n = 0; n < 8_000; n++) {
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < 10; w++) sentence.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                body.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(".\n\n");
            }
            String last = "Latency query index request service cache measure deploy database shard.";
            body.append(last).append("\n\n").append(last).append('\n');
            int lines = (int) body.chars().filter(c -> c == '\n').count();

            List<Finding> findings = run(check, post(body.toString()));

            assertThat(findings).filteredOn(f -> f.message().startsWith("Near repeats were looked for up to this sentence only"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(org.reviewdesk.checks.Severity.INFO);
                        assertThat(f.line()).as("stopped before the end").isBetween(2, lines - 10);
                    });
            assertThat(findings).as("the exact repeat at the end is still found")
                    .anySatisfy(f -> assertThat(f.line()).isEqualTo(lines));
        }

        @Test
        void quickFixDeletesTheRepeatAndTheFindingIsGone() {
            String body = md("Write the runbook first. Deploy on Tuesday.", "",
                    "Check the logs. Write the runbook first.");
            Post fixed = Posts.fixFirst(check, post(body));
            assertThat(fixed.body()).isEqualTo(md("Write the runbook first. Deploy on Tuesday.", "", "Check the logs."));
            assertThat(run(check, fixed)).isEmpty();
        }
    }

    @Nested
    class Boilerplate {
        private final BoilerplateSentenceCheck check = new BoilerplateSentenceCheck();
        private final String stock = "The team approach is to prefer a small verified change.";

        private List<Post> library(int withStock, int without) {
            List<Post> posts = new java.util.ArrayList<>();
            for (int i = 0; i < withStock; i++) posts.add(post("Post " + i + " says its own thing here. " + stock));
            for (int i = 0; i < without; i++) posts.add(post("Another post " + i + " about something else entirely."));
            return posts;
        }

        @Test
        void firesOnASentenceSharedByManyPostsOfTheLibrary() {
            InMemoryLibraryStats stats = InMemoryLibraryStats.of(library(4, 6));
            List<Finding> findings = run(check, post(md("An intro of our own words.", "", stock)), stats, Posts.SETTINGS);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.message()).contains("4 of the library's 10 posts");
            });
        }

        @Test
        void staysQuietBelowTheShareOrInATinyLibrary() {
            Post post = post(md("An intro of our own words.", "", stock));
            assertThat(run(check, post, InMemoryLibraryStats.of(library(2, 20)), Posts.SETTINGS)).isEmpty();
            assertThat(run(check, post, InMemoryLibraryStats.of(library(2, 0)), Posts.SETTINGS)).isEmpty();
        }
    }

    @Nested
    class PseudoBold {
        private final PseudoBoldUnicodeCheck check = new PseudoBoldUnicodeCheck();

        @Test
        void firesOnMathLettersAndTheFixWritesMarkdownBold() {
            String body = md("Rule one: \uD835\uDC13\uD835\uDC1E\uD835\uDC2C\uD835\uDC2D \uD835\uDC1F\uD835\uDC22\uD835\uDC2B\uD835\uDC2C\uD835\uDC2D: then ship.",
                    "", "A plain line.");
            List<Finding> findings = run(check, post(body));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(1);
                assertThat(f.message()).contains("\"Test first\"");
                assertThat(body.substring(f.start(), f.end())).hasSize("Test first".length() * 2 - 1);
            });
            Post fixed = Posts.fixFirst(check, post(body));
            assertThat(fixed.body()).startsWith("Rule one: **Test first**: then ship.");
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void staysQuietOnAccentsGreekAndEmoji() {
            assertThat(run(check, post("Caf\u00e9, \u03bb calculus and a rocket \uD83D\uDE80 are fine."))).isEmpty();
        }
    }

    @Nested
    class Hashtags {
        private final HashtagStuffingCheck check = new HashtagStuffingCheck();

        @Test
        void firesOnATrailingRunAndTheFixRemovesIt() {
            String body = md("We shipped the release on time.", "", "#DevOps #Python, #SRE");
            List<Finding> findings = run(check, post(body));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(body.substring(f.start(), f.end())).isEqualTo("#DevOps #Python, #SRE");
            });
            Post fixed = Posts.fixFirst(check, post(body));
            assertThat(fixed.body()).isEqualTo(md("We shipped the release on time."));
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void firesOnMoreThanThreeHashtagsAnywhere() {
            String body = md("Using #python with #docker and #k8s, plus #helm charts, then we rest.");
            assertThat(run(check, post(body))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("4 hashtags"));
        }

        @Test
        void staysQuietOnHeadingsAnchorsNumbersAndAFewTags() {
            String body = md("# A heading", "", "See [install](https://x.org/docs/#install) and issue #42.",
                    "", "We like #python here.", "", "C# and F# are languages too.");
            assertThat(run(check, post(body))).isEmpty();
        }

        @Test
        void aColourInAStyleAttributeIsNoHashtag() {
            String body = md("<span style=\"color:#fff\">a</span> <span style=\"color:#abc\">b</span>",
                    "<span style=\"background:#def\">c</span> <font color=\"#cafe\">d</font> <b style='color:#beef'>e</b>");
            assertThat(run(check, post(body))).isEmpty();
        }
    }

    @Nested
    class ScrapeDebris {
        private final ScrapeDebrisCheck check = new ScrapeDebrisCheck();

        @Test
        void firesOnEachDebrisLineAndTheFixRemovesThemAll() {
            String body = md("|", "", "A real paragraph that mentions similar posts in passing.", "",
                    "Like Comment Share", "To view or add a comment, sign in", "", "Similar Posts");
            List<Finding> findings = run(check, post(body));
            assertThat(findings).extracting(Finding::line).containsExactly(1, 5, 6, 8);
            Post fixed = Posts.fixFirst(check, post(body));
            assertThat(fixed.body()).isEqualTo(md("A real paragraph that mentions similar posts in passing."));
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void staysQuietOnOrdinaryLinesAndTables() {
            String body = md("Follow the steps below.", "", "| a | b |", "| - | - |", "| 1 | 2 |", "",
                    "More relevant posts are linked in the sidebar.");
            assertThat(run(check, post(body))).isEmpty();
        }
    }
}
