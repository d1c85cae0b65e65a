package org.reviewdesk.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;

import org.junit.jupiter.api.Test;

class BodyStructureTest {
    private static final String BODY = md(
            "Intro paragraph with **six** words here.",           // 1
            "",                                                   // 2
            "![A diagram of the flow](https://example.org/d.png)", // 3
            "",                                                   // 4
            "## Why it matters",                                  // 5
            "",                                                   // 6
            "First point. Second point, e.g. this one!",          // 7
            "Still the same paragraph? Yes.",                     // 8
            "",                                                   // 9
            "```python",                                          // 10
            "print('Not a sentence. Really.')",                   // 11
            "```",                                                // 12
            "",                                                   // 13
            "Another paragraph [with a link](https://x.org/a-b-c).", // 14
            "",                                                   // 15
            "## Implementation checklist",                        // 16
            "",                                                   // 17
            "- run linting",                                      // 18
            "- [ ] tag the release",                              // 19
            "",                                                   // 20
            "Closing words.");                                    // 21

    private final BodyStructure body = BodyStructure.of(BODY);

    @Test
    void countsParagraphsAfterTheIntroductionWithoutImagesCodeHeadingsOrBullets() {
        // paragraphs: intro (1), lines 7-8, line 14, line 21 -> 3 after the introduction
        assertThat(body.paragraphsAfterIntro()).isEqualTo(3);
    }

    @Test
    void findsHeadingsImagesAndCodeWithTheirLines() {
        assertThat(body.headings()).extracting(BodyStructure.Heading::text, BodyStructure.Heading::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Why it matters", 5),
                        org.assertj.core.groups.Tuple.tuple("Implementation checklist", 16));
        assertThat(body.images()).singleElement().satisfies(i -> {
            assertThat(i.caption()).isEqualTo("A diagram of the flow");
            assertThat(i.url()).isEqualTo("https://example.org/d.png");
            assertThat(i.line()).isEqualTo(3);
            assertThat(BODY.substring(i.start(), i.end())).startsWith("![A diagram").endsWith("d.png)");
        });
        assertThat(body.codeBlocks()).singleElement().satisfies(c -> {
            assertThat(c.language()).isEqualTo("python");
            assertThat(c.startLine()).isEqualTo(10);
            assertThat(c.endLine()).isEqualTo(12);
            assertThat(c.text()).isEqualTo("print('Not a sentence. Really.')\n");
        });
        assertThat(body.lines().isCodeLine(11)).isTrue();
        assertThat(body.lines().isCodeLine(14)).isFalse();
    }

    @Test
    void readsTheChecklistSectionWithoutTaskMarkers() {
        assertThat(body.checklist()).hasValueSatisfying(c -> {
            assertThat(c.headingLine()).isEqualTo(16);
            assertThat(c.texts()).containsExactly("run linting", "tag the release");
            assertThat(c.items()).extracting(BodyStructure.ChecklistItem::line).containsExactly(18, 19);
        });
    }

    @Test
    void splitsSentencesWithOffsetsAndLinesButNeverInsideCode() {
        assertThat(body.sentences()).extracting(BodyStructure.Sentence::text).containsExactly(
                "Intro paragraph with **six** words here.",
                "First point.", "Second point, e.g. this one!", "Still the same paragraph?", "Yes.",
                "Another paragraph [with a link](https://x.org/a-b-c).",
                "run linting", "[ ] tag the release",
                "Closing words.");
        BodyStructure.Sentence yes = body.sentences().get(4);
        assertThat(BODY.substring(yes.start(), yes.end())).isEqualTo("Yes.");
        assertThat(yes.line()).isEqualTo(8);
        assertThat(body.sentences().get(0).key()).isEqualTo("intro paragraph with six words here");
    }

    @Test
    void countsVisibleWordsIncludingCodeButNotUrls() {
        assertThat(BodyStructure.of("One two three.").words()).isEqualTo(3);
        assertThat(BodyStructure.of("See [the docs](https://example.org/very/long/url) now.").words()).isEqualTo(4);
        assertThat(BodyStructure.of("```\nx = 1\n```").words()).isEqualTo(2);
        assertThat(BodyStructure.of("Ship it 🚀 now").words()).isEqualTo(3);
    }

    @Test
    void readingTimeRoundsUpAt200WordsAMinute() {
        assertThat(BodyStructure.of("").readingMinutes()).isZero();
        assertThat(BodyStructure.of("word").readingMinutes()).isEqualTo(1);
        assertThat(BodyStructure.of("word ".repeat(200)).readingMinutes()).isEqualTo(1);
        assertThat(BodyStructure.of("word ".repeat(201)).readingMinutes()).isEqualTo(2);
    }

    @Test
    void anEmptyBodyHasNothing() {
        BodyStructure empty = BodyStructure.of("");
        assertThat(empty.words()).isZero();
        assertThat(empty.paragraphsAfterIntro()).isZero();
        assertThat(empty.sentences()).isEmpty();
        assertThat(empty.checklist()).isEmpty();
    }
}
