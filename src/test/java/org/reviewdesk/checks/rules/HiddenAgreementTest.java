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
 * The findings and the preview tell the reviewer the same thing: the words that {@code hidden-content} reports are the
 * words the preview marks as hidden, and no others, for a hidden element wrapped around Markdown blocks and for white
 * text however its colour is written.
 */
class HiddenAgreementTest {
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
        assertThat(marked(body)).as("marked in the preview of %s", body).isNotEmpty().isEqualTo(reported(body));
        assertThat(marked(body)).noneMatch(word -> word.startsWith("shownafter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<span style=\"color: hsl(0, 0%, 100%)\">Hslwhite words</span> shown.\n",
        "<span style=\"color:hsl(0deg 0% 100% / 1)\">Hslspaced words</span> shown.\n",
        "<span style=\"color:#ffff\">Hexfour words</span> shown.\n",
        "<span style=\"color:#ffffffff\">Hexeight words</span> shown.\n",
        "<span style=\"color:#fefefe\">Nearwhite words</span> shown.\n",
        "<span style=\"color:#fff0\">Hexclear words</span> shown.\n",
        "<svg width=\"90\" height=\"20\"><text x=\"0\" y=\"15\" fill=\"white\">Svgwhite words</text></svg>\n",
        "<svg viewBox=\"0 0 90 20\" style=\"fill:#fff\"><text y=\"15\"><tspan>Svgstyled words</tspan></text></svg>\n",
    })
    void whiteTextIsReportedAndMarkedHoweverItsColourIsWritten(String body) {
        assertThat(marked(body)).as("marked in the preview of %s", body).isNotEmpty().isEqualTo(reported(body))
                .noneMatch("shown"::equals);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<span style=\"color: hsl(210, 40%, 30%)\">Dark hsl words</span>\n",
        "<span style=\"color:#333f\">Dark hex words</span>\n",
        "<span style=\"color:#a0a0a0\">Grey words</span>\n",
        "<span style=\"color:#fefefe;background:#203040\">Light on dark words</span>\n",
        "<svg width=\"90\" height=\"20\"><rect width=\"90\" height=\"20\" fill=\"#555\"/>"
                + "<text x=\"5\" y=\"15\" fill=\"#fff\">Badge words</text></svg>\n",
        "<svg width=\"90\" height=\"20\"><text x=\"0\" y=\"15\" fill=\"white\" stroke=\"black\">Outlined words</text></svg>\n",
        "<svg width=\"90\" height=\"20\"><text x=\"0\" y=\"15\">Black words</text></svg>\n",
    })
    void textOnAColourOrInAColourThatIsSeenIsNeitherReportedNorMarked(String body) {
        assertThat(reported(body)).as("reported for %s", body).isEmpty();
        assertThat(marked(body)).as("marked in the preview of %s", body).isEmpty();
    }

    /** The words of the hidden text that the check's findings quote. */
    private Set<String> reported(String body) {
        Set<String> reported = new TreeSet<>();
        for (Finding finding : run(check, post(body))) {
            Matcher quoted = QUOTED.matcher(finding.message());
            if (quoted.find()) reported.addAll(words(quoted.group(1)));
        }
        return reported;
    }

    /** The words the preview shows marked as hidden by the page. */
    private Set<String> marked(String body) {
        Element shown = Jsoup.parseBodyFragment(renderer.render(body, RenderOptions.DEFAULT).bodyHtml()).body();
        // What the page hides, not what it never shows as text (the style sheet, marked "inside <style>").
        shown.select(".rd-hidden:not(:has(> .rd-hidden-label:matches(^hidden on the published page)))").remove();
        shown.select(".rd-hidden-label").remove();
        Set<String> marked = new TreeSet<>();
        for (Element mark : shown.select(".rd-hidden")) marked.addAll(words(mark.text()));
        return marked;
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) words.add(word.group().toLowerCase(Locale.ROOT));
        return words;
    }
}
