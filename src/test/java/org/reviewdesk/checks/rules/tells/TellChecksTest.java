package org.reviewdesk.checks.rules.tells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Posts;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.checks.TellLists;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.TellOverride;

/** Each tell check: a post where it fires, one where it does not, and the same words inside code, where it does not. */
class TellChecksTest {

    private static void everyMessageSaysItIsNoVerdict(List<Finding> findings) {
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains("not a verdict"));
    }

    @Nested
    class OverusedWords {
        private final OverusedWordCheck check = new OverusedWordCheck();

        @Test
        void firesOnEachUseAndTheFixPutsThePlainerWord() {
            Post post = post(md("Let us delve into the cache.", "", "Teams Leverage the queue to retry."));
            List<Finding> found = run(check, post);
            assertThat(found).extracting(Finding::line).containsExactly(1, 3);
            assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(post.body().substring(found.get(0).start(), found.get(0).end())).isEqualTo("delve");
            everyMessageSaysItIsNoVerdict(found);
            Post fixed = found.get(1).quickFix().orElseThrow().apply(post);
            assertThat(fixed.body()).contains("Teams Use the queue").doesNotContain("Leverage");
        }

        @Test
        void leavesPlainWordsAndPartsOfWordsAlone() {
            assertThat(run(check, post("The delver's notebook and a leveraged buyout are not tells."))).isEmpty();
        }

        @Test
        void leavesCodeAlone() {
            String body = md("Plain words here.", "", "```python", "delve = leverage(tapestry)", "```", "",
                    "Call `leverage()` and read `tapestry.delve`.", "", "    delve into it");
            assertThat(run(check, post(body))).isEmpty();
        }

        @Test
        void aLibraryCanSwitchAnEntryOffAndAddOne() {
            TellLists lists = TellLists.standard().with(List.of(
                    new TellOverride(TellLists.OVERUSED_WORDS, "delve", null, false),
                    new TellOverride(TellLists.OVERUSED_WORDS, "synergize", "work together", true)));
            Post post = post("We delve and synergize.");
            List<Finding> found = run(check, post, org.reviewdesk.checks.LibraryStats.EMPTY, Posts.SETTINGS.withTells(lists));
            assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).contains("synergize", "work together"));
        }
    }

    @Nested
    class StockPhrases {
        private final StockPhraseCheck check = new StockPhraseCheck();

        @Test
        void firesOnAnOpeningAndAClosingAndDeletesTheClosingSentence() {
            Post post = post(md("In today\u2019s fast-paced world, deploys break.", "", "Roll back first. I hope this helps!"));
            List<Finding> found = run(check, post);
            assertThat(found).hasSize(2);
            everyMessageSaysItIsNoVerdict(found);
            Post fixed = found.get(1).quickFix().orElseThrow().apply(post);
            assertThat(fixed.body()).isEqualTo(md("In today\u2019s fast-paced world, deploys break.", "", "Roll back first."));
        }

        @Test
        void doesNotFireOnOrdinaryProseOrCode() {
            assertThat(run(check, post(md("The world of deploys moves fast.", "", "```", "# I hope this helps", "```",
                    "", "Print `in today's fast-paced world` as a test string.")))).isEmpty();
        }
    }

    @Nested
    class Filler {
        private final FillerCheck check = new FillerCheck();

        @Test
        void firesAndDeletesAnOpeningPhraseKeepingACapital() {
            Post post = post("Great question! It's important to note that the cache expires.");
            List<Finding> found = run(check, post);
            assertThat(found).hasSize(2);
            Post fixed = found.get(1).quickFix().orElseThrow().apply(post);
            assertThat(fixed.body()).isEqualTo("Great question! The cache expires.");
            Post noPraise = found.get(0).quickFix().orElseThrow().apply(post);
            assertThat(noPraise.body()).isEqualTo("It's important to note that the cache expires.");
        }

        @Test
        void doesNotFireOnPlainStatementsOrCode() {
            assertThat(run(check, post("The cache expires after an hour. `it's important to note that` is a string.")))
                    .isEmpty();
        }
    }

    @Nested
    class NotJust {
        private final NotJustFormulaCheck check = new NotJustFormulaCheck();

        @Test
        void firesOnTheFormulaInItsCommonShapes() {
            Post post = post(md("Kubernetes is not just a scheduler, it's a platform.", "",
                    "This isn't merely a cache \u2014 it's a promise.", "", "It's not a tool; it's a mindset."));
            assertThat(run(check, post)).extracting(Finding::line).containsExactly(1, 3, 5);
            everyMessageSaysItIsNoVerdict(run(check, post));
        }

        @Test
        void doesNotFireOnAPlainNegationOrInCode() {
            assertThat(run(check, post(md("The job is not just slow. It also fails.", "", "We did not only read it.",
                    "", "`not just x, it's y` is the pattern.")))).isEmpty();
        }
    }

    @Nested
    class AnnouncementHeadings {
        private final AnnouncementHeadingCheck check = new AnnouncementHeadingCheck();

        @Test
        void firesOnAnAnnouncingHeadingWholeAndOnlyThere() {
            Post post = post(md("## What You\u2019ll Learn:", "", "Text.", "", "## 2. Key takeaways", "", "## Rolling back a deploy"));
            List<Finding> found = run(check, post);
            assertThat(found).extracting(Finding::line).containsExactly(1, 5);
            assertThat(post.body().substring(found.get(0).start(), found.get(0).end())).isEqualTo("## What You\u2019ll Learn:");
        }

        @Test
        void doesNotFireOnAHeadingThatOnlyContainsTheWordsOrOnCode() {
            assertThat(run(check, post(md("## What you'll learn about rollbacks", "", "```", "## Key takeaways", "```"))))
                    .isEmpty();
        }
    }

    @Nested
    class ChatArtifacts {
        private final ChatArtifactCheck check = new ChatArtifactCheck();

        @Test
        void firesOnCitationTokensAndRepliesAndDeletesThem() {
            Post post = post(md("Certainly! Here is the post.", "", "Retries back off exponentially\u30104:2\u2020source\u3011.",
                    "", "As of my last update, the flag is new [cite: 3]."));
            List<Finding> found = run(check, post);
            assertThat(found).extracting(f -> post.body().substring(f.start(), f.end()))
                    .containsExactlyInAnyOrder("Certainly!", "\u30104:2\u2020source\u3011", "As of my last update", "[cite: 3]");
            assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
            everyMessageSaysItIsNoVerdict(found);
            Finding token = found.stream().filter(f -> f.message().contains("\u3010")).findFirst().orElseThrow();
            assertThat(token.quickFix().orElseThrow().apply(post).body()).contains("exponentially.");
            Finding certainly = found.stream().filter(f -> f.message().contains("Certainly")).findFirst().orElseThrow();
            assertThat(certainly.quickFix().orElseThrow().apply(post).body()).startsWith("Here is the post.");
        }

        @Test
        void doesNotFireOnFootnotesOrInCode() {
            assertThat(run(check, post(md("See the manual [1] and the flag's docs.", "", "```", "Certainly! [cite: 3]", "```",
                    "", "Match `\u3010x\u3011` literally.")))).isEmpty();
        }
    }

    @Nested
    class Densities {
        @Test
        void dashesFireWhenDenseAndNotWhenRareOrInCode() {
            String dense = "The cache \u2014 warm or cold \u2014 answers fast \u2014 mostly. " + words(40);
            assertThat(run(new DashDensityCheck(), post(dense))).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("3 dashes");
                assertThat(dense.charAt(f.start())).isEqualTo('\u2014');
            });
            assertThat(run(new DashDensityCheck(), post("One dash \u2014 here. " + words(40)))).isEmpty();
            assertThat(run(new DashDensityCheck(), post(md(words(40), "", "```", "a \u2014 b \u2014 c \u2014 d", "```"))))
                    .isEmpty();
        }

        @Test
        void hedgesFireWhenDenseAndNotOtherwise() {
            String hedgy = "It might work. Perhaps it fails. It could possibly retry. Arguably that is fine. " + words(30);
            assertThat(run(new HedgingDensityCheck(), post(hedgy))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("4 hedges"));
            assertThat(run(new HedgingDensityCheck(), post("It might work. " + words(60)))).isEmpty();
            assertThat(run(new HedgingDensityCheck(), post(md(words(30), "", "`might perhaps possibly arguably`"))))
                    .isEmpty();
        }

        private static String words(int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(i % 10 == 9 ? "word. " : "word ");
            return sb.toString().strip();
        }
    }

    @Nested
    class Rhythm {
        @Test
        void uniformSentencesFireAndVariedOnesDoNot() {
            String same = "The cache holds recent pages for readers. ";
            Post uniform = post(md(same + same.replace("pages", "posts") + same.replace("recent", "popular")
                    + same.replace("readers", "editors") + same.replace("holds", "keeps")));
            assertThat(run(new UniformSentencesCheck(), uniform)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("5 sentences"));
            Post varied = post("It failed. The cache holds recent pages for readers who come back within the hour. "
                    + "Why? Nobody had set an expiry on the keys that the importer wrote overnight. Fix that.");
            assertThat(run(new UniformSentencesCheck(), varied)).isEmpty();
            String inCode = uniform.body().strip();
            assertThat(run(new UniformSentencesCheck(), post(md("Intro.", "", "```text", inCode, "```", "", "    " + inCode))))
                    .isEmpty();
        }

        @Test
        void listsOfThreeFireWhenMostListsHaveThreeItems() {
            String three = md("- one", "- two", "- three");
            Post threes = post(md(three, "Text.", "", three, "Text.", "", three, "Text.", "", "- a", "- b"));
            assertThat(run(new ListsOfThreeCheck(), threes)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("3 of the post's 4 lists"));
            Post mixed = post(md(three, "Text.", "", "- a", "- b", "", "Text.", "", "- a", "- b", "- c", "- d"));
            assertThat(run(new ListsOfThreeCheck(), mixed)).isEmpty();
            Post inCode = post(md("```", three, "", three, "", three, "```"));
            assertThat(run(new ListsOfThreeCheck(), inCode)).isEmpty();
        }
    }
}
