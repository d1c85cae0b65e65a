package org.reviewdesk.checks;

import org.reviewdesk.checks.rules.StandardChecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Code is quoted material: prose checks must not fire on what a code block or an inline code span holds. */
class NothingInsideCodeTest {
    private static final List<String> PROSE_CHECKS = List.of("repeated-sentence", "boilerplate-sentence",
            "pseudo-bold-unicode", "hashtag-stuffing", "scrape-debris", "hidden-content", "embedded-content",
            "spelling", "tell-overused-word", "tell-stock-phrase", "tell-filler", "tell-not-just", "tell-chat-artifact");

    @Test
    void proseChecksIgnoreFencedIndentedAndInlineCode() {
        String repeated = "Retry the request after a short pause.";
        String body = md("Intro: " + repeated, "", "```text", repeated, repeated,
                "#include #define #pragma #ifdef", "Like Comment Share", "To view or add a comment, sign in",
                "\uD835\uDC13\uD835\uDC1E\uD835\uDC2C\uD835\uDC2D", "<p hidden>kept out of sight here</p>",
                "<!-- a note for the crawler", "pass\u200Bword \u202Eoverride",
                "<iframe src=\"https://frames.example.com/\"></iframe> <meta http-equiv=\"refresh\" content=\"0; url=https://x.example\">", "we recieve the dashbord",
                "Certainly! Let's delve in. I hope this helps. It's not just a cache, it's a promise \u30101\u3011.", "```", "",
                "    " + repeated, "    Similar Posts", "    recieve teh dashbord", "",
                "Inline `delve` and `I hope this helps` and `[cite: 2]` stay code too. "
                        + "Inline `#one #two #three #four` and `recieve dashbord` and `\uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D` stay code, "
                        + "as do `<span style=\"display:none\">three hidden words</span>` and `pass\u200Bword` and `<base href=\"/x/\">`.");
        LibraryStats everywhere = new LibraryStats() {
            @Override
            public int postsContaining(String key) {
                // the two prose sentences are the post's own; any sentence taken from code would be boilerplate
                return key.startsWith("intro") || key.startsWith("inline") ? 0 : 100;
            }

            @Override
            public int librarySize() {
                return 100;
            }
        };
        List<Finding> findings = StandardChecks.engine().run(post(body), everywhere, Posts.SETTINGS);
        assertThat(findings).extracting(Finding::checkId).doesNotContainAnyElementsOf(PROSE_CHECKS);
    }

    @Test
    void theSameTextOutsideCodeDoesFire() {
        String body = md("Retry the request after a short pause.", "", "Retry the request after a short pause.", "",
                "#include #define #pragma #ifdef", "", "Like Comment Share", "", "\uD835\uDC13\uD835\uDC1E\uD835\uDC2C\uD835\uDC2D", "", "we recieve the dashbord");
        assertThat(StandardChecks.engine().run(post(body), LibraryStats.EMPTY, Posts.SETTINGS))
                .extracting(Finding::checkId)
                .contains("repeated-sentence", "hashtag-stuffing", "scrape-debris", "pseudo-bold-unicode", "spelling");
    }
}
