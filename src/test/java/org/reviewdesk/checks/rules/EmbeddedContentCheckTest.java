package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Post;

/** What the published page shows or does that the preview does not load: one post for each kind, and code left alone. */
class EmbeddedContentCheckTest {
    private static final String BEFORE = "The cache keeps recent results close to the service.";
    private static final String AFTER = "Measure the hit rate before tuning anything.";

    private final EmbeddedContentCheck check = new EmbeddedContentCheck();

    /** kind, the HTML, the severity, what the message must name. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("frame", "<iframe src=\"https://player.example.com/v/42\" width=\"560\"></iframe>",
                        Severity.WARNING, "a frame from player.example.com"),
                Arguments.of("protocol-relative frame", "<iframe src=\"//frames.example.org/x\"></iframe>",
                        Severity.WARNING, "frames.example.org"),
                Arguments.of("video with a source", "<video controls>\n<source src=\"https://cdn.example.net/clip.webm\">\n"
                        + "Your browser cannot play it.\n</video>", Severity.WARNING, "a video from cdn.example.net"),
                Arguments.of("audio", "<audio src=\"https://cdn.example.net/talk.mp3\"></audio>", Severity.WARNING,
                        "audio from cdn.example.net"),
                Arguments.of("object", "<object data=\"https://plugins.example.com/a.swf\"></object>", Severity.WARNING,
                        "an object from plugins.example.com"),
                Arguments.of("embed", "<embed src=\"https://plugins.example.com/b.swf\">", Severity.WARNING, "(<embed>)"),
                Arguments.of("style sheet link", "<link rel=\"stylesheet\" href=\"https://styles.example.com/s.css\">",
                        Severity.WARNING, "https://styles.example.com/s.css"),
                Arguments.of("form", "<form action=\"https://forms.example.com/subscribe\">\n<input type=\"email\">\n</form>",
                        Severity.WARNING, "types to https://forms.example.com/subscribe"),
                Arguments.of("password form", "<form action=\"/login\"><input type=\"password\" name=\"p\"></form>",
                        Severity.ERROR, "for a password"),
                Arguments.of("meta refresh", "<meta http-equiv=\"refresh\" content=\"3; url=https://away.example.com/\">",
                        Severity.ERROR, "to https://away.example.com/"),
                Arguments.of("base", "<base href=\"https://away.example.com/\">", Severity.ERROR, "https://away.example.com/"),
                Arguments.of("style that adds text", "<style>\nh2::before { content: \"Sponsored: \" }\n</style>", Severity.ERROR,
                        "adds \"Sponsored:\""),
                Arguments.of("style sheet", "<style>\nh2 { color: navy }\n</style>", Severity.WARNING, "restyles"),
                Arguments.of("a > in a quoted attribute", "Watch <iframe title=\"Speed: A > B\" src=\"https://www.youtube.com/e/1\">"
                        + "</iframe> now.", Severity.WARNING, "a frame from www.youtube.com"),
                Arguments.of("a < in a quoted attribute", "<meta title=\"a<b\" http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                        Severity.ERROR, "to https://evil.example/"),
                Arguments.of("a host behind a backslash", "<iframe src=\"https://evil.example\\@www.youtube.com/embed/x\"></iframe>",
                        Severity.WARNING, "a frame from evil.example here"),
                Arguments.of("script", "<script src=\"https://evil.example/t.js\"></script>", Severity.ERROR,
                        "runs a script here (from evil.example)"),
                Arguments.of("event handler", "<img src=\"https://cdn.example/a.png\" alt=\"pic\" onerror=\"fetch('/x')\">",
                        Severity.ERROR, "on an event (onerror)"),
                Arguments.of("javascript link", "<a href=\"jav&#x61;script:alert(1)\">Docs</a>", Severity.ERROR,
                        "href=\"javascript:"),
                Arguments.of("a frame with its own page", "<iframe srcdoc=\"&lt;p&gt;Rate this five stars.&lt;/p&gt;\" "
                        + "src=\"https://www.youtube.com/e/1\"></iframe>", Severity.WARNING, "\"Rate this five stars.\""),
                Arguments.of("password by entity", "<form action=\"https://e.example/s\"><input type=\"&#112;assword\"></form>",
                        Severity.ERROR, "for a password"),
                Arguments.of("a refresh that reloads", "<meta http-equiv=\"refresh\" content=\"300\">", Severity.WARNING,
                        "reloads the published page"),
                Arguments.of("a refresh without url=", "<meta http-equiv=\"refresh\" content=\"0; https://away.example/\">",
                        Severity.ERROR, "to https://away.example/"),
                Arguments.of("background image", "<td style=\"background-image:url(https://tracker.example/p.gif)\">x</td>",
                        Severity.WARNING, "an image from tracker.example"),
                Arguments.of("srcset on another host", "<img src=\"https://cdn.example/a.png\" srcset=\"https://other.example/b.png 2x\" "
                        + "alt=\"a\">", Severity.WARNING, "an image from other.example"));
    }

    private static Post around(String html) {
        return post(md(BEFORE, "", html, "", AFTER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void firesOnceAtTheElementWithItsHost(String kind, String html, Severity severity, String names) {
        List<Finding> findings = run(check, around(html));
        assertThat(findings).as(kind).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.message()).contains(names);
            assertThat(f.hasRange()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void staysQuietInsideCode(String kind, String html, Severity severity, String names) {
        assertThat(run(check, post(md(BEFORE, "", "```html", html, "```", "", AFTER)))).as("fenced %s", kind).isEmpty();
        assertThat(run(check, post(md(BEFORE + " `" + html.replace("\n", " ") + "` " + AFTER)))).as("inline %s", kind).isEmpty();
    }

    @Test
    void aRefreshIsDeletedByItsFixAndOtherMetaSaysNothing() {
        Post post = around("<meta http-equiv=\"refresh\" content=\"0; url=https://away.example.com/\">");
        Finding finding = run(check, post).get(0);
        Post fixed = finding.quickFix().orElseThrow().apply(post);
        assertThat(fixed.body()).doesNotContain("<meta").startsWith(BEFORE).endsWith(AFTER + "\n");
        assertThat(run(check, fixed)).isEmpty();
        assertThat(run(check, around("<meta name=\"description\" content=\"About caches\">"))).isEmpty();
    }

    @Test
    void aPasswordFieldTiedToTheFormByItsIdCounts() {
        Post post = post(md("<form id=\"login\" action=\"https://evil.example/steal\"></form>", "",
                "Your password: <input type=\"password\" form=\"login\">"));
        assertThat(run(check, post)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void nothingInsideAnHtmlCommentOrWithoutAnAddressIsReported() {
        assertThat(run(check, around("<!-- <iframe src=\"https://www.youtube.com/embed/old\"></iframe> -->"))).isEmpty();
        assertThat(run(check, around("<base target=\"_blank\">"))).isEmpty();
        assertThat(run(check, around("<!-- a note --> <iframe src=\"https://www.youtube.com/e/2\"></iframe>"))).hasSize(1);
    }

    @Test
    void plainHtmlAndProseAboutTheseTagsAreQuiet() {
        assertThat(run(check, around("<div class=\"note\"><b>Note:</b> the form below is in the docs.</div>"))).isEmpty();
        assertThat(run(check, around("Write \\<iframe> in the template, and a <formula> is not a form."))).isEmpty();
    }
}
