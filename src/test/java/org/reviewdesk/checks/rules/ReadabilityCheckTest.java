package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Post;

/** A readability warning for hard prose, never for hard code, never for a post too short to score. */
class ReadabilityCheckTest {
    private static final String HARD = "Organizational infrastructure considerations necessitate comprehensive "
            + "architectural documentation regarding interoperability requirements. ";
    private static final String PLAIN = "We ran the job and it broke at noon, so we read the log and found the full disk. ";
    private final ReadabilityCheck check = new ReadabilityCheck();

    @Test
    void firesOnHardProseAtItsLongestSentence() {
        String longest = "Consequently, organizational infrastructure considerations necessitate comprehensive "
                + "architectural documentation regarding interoperability requirements and authentication mechanisms.";
        Post post = post(md(HARD.repeat(10), "", longest));
        assertThat(run(check, post)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("under this library's 30", "not a verdict");
            assertThat(post.body().substring(f.start(), f.end())).isEqualTo(longest);
        });
    }

    @Test
    void doesNotFireOnPlainProseNorOnAShortPost() {
        assertThat(run(check, post(PLAIN.repeat(8)))).isEmpty();
        assertThat(run(check, post(HARD.repeat(2)))).as("under 100 words of prose").isEmpty();
    }

    @Test
    void hardCodeDoesNotDragPlainProseDown() {
        String code = HARD.repeat(10).replace(". ", ";\n");
        Post post = post(md(PLAIN.repeat(6), "", "```text", code, "```", "", "    " + HARD.repeat(3), "",
                "Call `" + HARD.replace(".", "").repeat(8).strip() + "` once."));
        assertThat(run(check, post)).isEmpty();
    }
}
