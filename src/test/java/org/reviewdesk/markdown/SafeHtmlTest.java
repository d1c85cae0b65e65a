package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The safety check used by the sanitizer tests rejects what it must, so that their passing means something. */
class SafeHtmlTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>x()</script>",
        "<p onclick=\"x()\">a</p>",
        "<a href=\"javascript:x()\">a</a>",
        "<a href=\" java\tscript:x()\">a</a>",
        "<img src=\"data:image/png;base64,AA\">",
        "<iframe></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0\">",
        "<div style=\"color:red\">a</div>",
        "<input type=\"text\">",
    })
    void rejectsUnsafeHtml(String html) {
        assertThatThrownBy(() -> SafeHtml.assertSafe(html, "sample")).isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p data-line=\"1\">a <a href=\"https://example.org\" rel=\"noopener noreferrer\">b</a></p>",
        "<ul><li class=\"rd-task\"><input type=\"checkbox\" disabled> x</li></ul>",
    })
    void acceptsSafeHtml(String html) {
        assertThatCode(() -> SafeHtml.assertSafe(html, "sample")).doesNotThrowAnyException();
    }
}
