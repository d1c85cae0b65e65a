package org.reviewdesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Styling only the edited lines must give what styling the whole text gives, whatever the edits were. */
class IncrementalHighlightTest {
    private static final String POST = "# Caching\n\nIntro with **bold** and `code`.\n\n```python\ncache.set(k, v)\n```\n\n"
            + "- one\n- two [link](https://x.org)\n\n> quoted\n\nLast *line*.";

    /** One edit: the text after it, and the edit as the editor reports it. */
    private record Edit(String text, int line, int removedBreaks, int insertedBreaks) {
        static Edit of(String text, int start, int end, String inserted) {
            String removed = text.substring(start, end);
            int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
            return new Edit(text.substring(0, start) + inserted + text.substring(end), line,
                    breaks(removed), breaks(inserted));
        }

        private static int breaks(String s) {
            return (int) s.chars().filter(c -> c == '\n').count();
        }
    }

    private static MarkdownHighlighter.Restyled restyled(String before, Edit... edits) {
        ChangedLines changed = new ChangedLines();
        for (Edit e : edits) changed.edited(e.line(), e.removedBreaks(), e.insertedBreaks());
        return MarkdownHighlighter.restyle(edits[edits.length - 1].text(), MarkdownHighlighter.lines(before), changed.pending());
    }

    @Test
    void typingInAParagraphStylesThatLineOnly() {
        int at = POST.indexOf("Intro with") + 5;
        Edit typed = Edit.of(POST, at, at, " *soft*");

        MarkdownHighlighter.Restyled r = restyled(POST, typed);

        assertThat(r.from()).isEqualTo(2);
        assertThat(r.to()).isEqualTo(2);
        assertThat(r.lines()).isEqualTo(MarkdownHighlighter.lines(typed.text()));
        assertThat(r.lines().get(2).ranges()).extracting(MarkdownHighlighter.Range::style).contains("md-emphasis");
    }

    @Test
    void openingAFenceRestylesTheLinesBelowUntilTheNextFence() {
        int at = POST.indexOf("- one");
        Edit fence = Edit.of(POST, at, at, "```\n");

        MarkdownHighlighter.Restyled r = restyled(POST, fence);

        assertThat(r.lines()).isEqualTo(MarkdownHighlighter.lines(fence.text()));
        // Everything from the new fence to the end is code now, headings and links included.
        assertThat(r.to()).isEqualTo(r.lines().size() - 1);
        assertThat(r.lines().get(r.lines().size() - 1).ranges()).extracting(MarkdownHighlighter.Range::style)
                .containsExactly("md-code-block");
    }

    @Test
    void deletingLinesShiftsTheStylesOfTheLinesAfterThem() {
        int start = POST.indexOf("```python");
        int end = POST.indexOf("- one");
        Edit cut = Edit.of(POST, start, end, "");

        MarkdownHighlighter.Restyled r = restyled(POST, cut);

        assertThat(r.lines()).isEqualTo(MarkdownHighlighter.lines(cut.text()));
        assertThat(r.to() - r.from()).isLessThan(2);
    }

    @Test
    void editsFoldedTogetherWhileAJobRanGiveTheSameStylesAsStylingEverything() {
        Random random = new Random(7);
        String[] pieces = {"x", " **b** ", "\n", "\n\n", "```\n", "# h\n", "`c`", "- ", "> q", "[l](u)", ""};
        for (int round = 0; round < 500; round++) {
            String text = POST;
            int count = 1 + random.nextInt(4);
            Edit[] edits = new Edit[count];
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + (random.nextInt(3) == 0 ? random.nextInt(12) : 0));
                edits[i] = Edit.of(text, start, end, pieces[random.nextInt(pieces.length)]);
                text = edits[i].text();
            }

            MarkdownHighlighter.Restyled r = restyled(POST, edits);

            List<MarkdownHighlighter.LineStyle> expected = MarkdownHighlighter.lines(text);
            assertThat(r.lines()).as("round %d: %s", round, text).isEqualTo(expected);
            // The area keeps the spans of the lines outside the range: their text must be the same as before.
            String[] now = text.split("\n", -1);
            String[] was = POST.split("\n", -1);
            int shift = now.length - was.length;
            for (int i = 0; i < now.length; i++) {
                if (i < r.from()) assertThat(now[i]).as("round %d, line %d", round, i).isEqualTo(was[i]);
                if (i > r.to()) assertThat(now[i]).as("round %d, line %d", round, i).isEqualTo(was[i - shift]);
            }
        }
    }

    @Test
    void aKeystrokeStyledOnItsLineGivesWhatStylingEverythingGivesOrDefersAFence() {
        Random random = new Random(11);
        String[] pieces = {"x", " **b** ", "`", "`c`", "*", "# ", "- ", "> ", "[l](u)", "```", "~~~", ""};
        int deferred = 0;
        for (int round = 0; round < 2_000; round++) {
            int start = random.nextInt(POST.length() + 1);
            int lineEnd = POST.indexOf('\n', start) < 0 ? POST.length() : POST.indexOf('\n', start);
            int end = Math.min(lineEnd, start + (random.nextInt(3) == 0 ? random.nextInt(6) : 0));
            Edit typed = Edit.of(POST, start, end, pieces[random.nextInt(pieces.length)]);
            String lineText = typed.text().split("\n", -1)[typed.line()];

            MarkdownHighlighter.Restyled r = MarkdownHighlighter.restyleLine(lineText, MarkdownHighlighter.lines(POST), typed.line());

            if (r == null) {
                deferred++;
                // Deferred only when a fence was opened or closed: the lines below may change their styles.
                assertThat(MarkdownHighlighter.lines(typed.text()).get(typed.line()).inFenceAfter()).as("round %d", round)
                        .isNotEqualTo(MarkdownHighlighter.lines(POST).get(typed.line()).inFenceAfter());
                continue;
            }
            assertThat(r.lines()).as("round %d: %s", round, typed.text()).isEqualTo(MarkdownHighlighter.lines(typed.text()));
            assertThat(r.from()).isEqualTo(typed.line());
            assertThat(r.to()).isEqualTo(typed.line());
        }
        assertThat(deferred).as("fences typed in 2,000 edits").isPositive();
    }
}
