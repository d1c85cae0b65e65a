package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.markdown.MarkdownRenderer;
import org.reviewdesk.markdown.RenderOptions;

/**
 * The findings and the preview tell the reviewer the same thing about a hidden element wrapped around Markdown blocks:
 * the words that {@code hidden-content} reports are the words the preview marks as hidden, and no others.
 */
class HiddenWrapperAgreementTest {
    private static final Pattern QUOTED = Pattern.compile("would not see \"([^\"]*)\"");
    /** Words of the hidden text; the Markdown around them ({@code ##}, {@code -}, fences) is no word. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private final HiddenContentCheck check = new HiddenContentCheck();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<div style=\"display:none\">\n\nHiddenpara inside.\n\n</div>\n\nShownafter words.\n",
        "<div hidden>\n\nHiddenattr para.\n\n</div>\n\nShownafter words.\n",
        "<section style=\"display:none\">\n\nHiddensection para.\n\n</section>\n\nShownafter words.\n",
        "<div style=\"display:none\">\n\n## Headhidden\n\n- Listhidden\n\n```\nCodehidden\n```\n\n</div>\n\nShownafter.\n",
        "<style>.promo { display: none }</style>\n\n<div class=\"promo\">\n\nPromopara words.\n\n</div>\n\nShownafter.\n",
    })
    void theCheckReportsTheWordsThePreviewMarksAsHidden(String body) {
        Set<String> reported = new TreeSet<>();
        for (Finding finding : run(check, post(body))) {
            Matcher quoted = QUOTED.matcher(finding.message());
            if (quoted.find()) reported.addAll(words(quoted.group(1)));
        }
        Element shown = Jsoup.parseBodyFragment(renderer.render(body, RenderOptions.DEFAULT).bodyHtml()).body();
        // What the page hides, not what it never shows as text (the style sheet, marked "inside <style>").
        shown.select(".rd-hidden:not(:has(> .rd-hidden-label:matches(^hidden on the published page)))").remove();
        shown.select(".rd-hidden-label").remove();
        Set<String> marked = new TreeSet<>();
        for (Element mark : shown.select(".rd-hidden")) marked.addAll(words(mark.text()));

        assertThat(marked).as("marked in the preview of %s", body).isNotEmpty().isEqualTo(reported);
        assertThat(marked).noneMatch(word -> word.startsWith("shownafter"));
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) words.add(word.group().toLowerCase(Locale.ROOT));
        return words;
    }
}
