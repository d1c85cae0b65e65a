package org.reviewdesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class MarkdownTextToolsTest {

    /** The text of each styled run with its style, e.g. "md-heading:# Title". */
    private static List<String> styled(String text) {
        StyleSpans<Collection<String>> spans = MarkdownHighlighter.compute(text);
        assertThat(spans.length()).isEqualTo(text.length());
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(String.join(",", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return out;
    }

    @Test
    void headingsEmphasisCodeLinksAndListsAreHighlighted() {
        String text = "# Title\n\nSome **bold**, *soft* and `code` with [a link](https://x.org).\n\n- item one\n1. first\n";

        assertThat(styled(text)).containsExactly("md-heading:# Title", "md-strong:**bold**", "md-emphasis:*soft*",
                "md-code:`code`", "md-link:[a link](https://x.org)", "md-list:- ", "md-list:1. ");
    }

    @Test
    void nothingInsideAFencedBlockIsReadAsMarkdown() {
        String text = "```\n# not a heading\n**x**\n```\nafter *it*";

        assertThat(styled(text)).containsExactly("md-code-block:```", "md-code-block:# not a heading",
                "md-code-block:**x**", "md-code-block:```", "md-emphasis:*it*");
    }

    @Test
    void boldWrapsTheSelectionAndKeepsItSelected() {
        MarkdownEdits.Edit edit = MarkdownEdits.wrap("make this strong", 10, 16, "**");

        assertThat(edit.text()).isEqualTo("**strong**");
        assertThat("make this **strong**".substring(edit.selectFrom(), edit.selectTo())).isEqualTo("strong");
    }

    @Test
    void linkTurnsTheSelectionIntoALabelAndSelectsTheUrlToTypeOver() {
        String text = "see the docs";
        MarkdownEdits.Edit edit = MarkdownEdits.link(text, 8, 12);
        String after = text.substring(0, edit.start()) + edit.text() + text.substring(edit.end());

        assertThat(after).isEqualTo("see the [docs](https://)");
        assertThat(after.substring(edit.selectFrom(), edit.selectTo())).isEqualTo("https://");
    }

    @Test
    void findCountsMatchesIgnoringCaseAndReplacesThemAll() {
        String text = "Cache the cache; CACHE!";
        List<TextSearch.Match> matches = TextSearch.find(text, "cache");

        assertThat(matches).hasSize(3);
        assertThat(TextSearch.next(matches, 7)).isEqualTo(1);
        assertThat(TextSearch.next(matches, 22)).isZero();
        assertThat(TextSearch.replaceAll(text, matches, "store")).isEqualTo("store the store; store!");
    }

    @Test
    void stylesCompareByWhatEachCharacterGetsNotByHowRunsAreCut() {
        StyleSpans<Collection<String>> a = MarkdownHighlighter.lines("plain **bold** end").get(0).toSpans();
        org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>> cut = new org.fxmisc.richtext.model.StyleSpansBuilder<>();
        cut.add(java.util.Set.of(), 3).add(java.util.Set.of(), 3).add(java.util.Set.of("md-strong"), 8).add(java.util.Set.of(), 4);

        assertThat(MarkdownHighlighter.sameStyles(a, cut.create())).isTrue();
        assertThat(MarkdownHighlighter.sameStyles(a, MarkdownHighlighter.lines("plain *bold* end!").get(0).toSpans())).isFalse();
    }
}
