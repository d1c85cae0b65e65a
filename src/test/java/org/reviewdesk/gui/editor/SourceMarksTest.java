package org.reviewdesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mark stays on its words while the text around it is edited. */
class SourceMarksTest {
    private static final String TEXT = "Cache the qurey result.";
    private final SourceMarks marks = new SourceMarks();
    private final int typo = TEXT.indexOf("qurey");

    private SourceMark only() {
        return marks.all().isEmpty() ? marks.layer("spelling").get(0) : marks.all().get(0);
    }

    private String marked(String text) {
        return text.substring(only().start(), only().end());
    }

    @Test
    void typingBeforeAMarkMovesItAndTypingAfterLeavesIt() {
        marks.set("spelling", List.of(new SourceMark(typo, typo + 5, "mark-spelling", "not in the dictionary")));
        marks.edited(0, 0, 4); // "Now Cache the qurey result."
        assertThat(marked("Now " + TEXT)).isEqualTo("qurey");
        marks.edited(("Now " + TEXT).length() - 1, 0, 1);
        assertThat(marked("Now " + TEXT)).isEqualTo("qurey");
    }

    @Test
    void typingInsideAMarkGrowsItAndTypingAtItsEdgesDoesNot() {
        marks.set("comments", List.of(new SourceMark(typo, typo + 5, "mark-comment", null)));
        marks.edited(typo + 2, 0, 3); // "quXXXrey"
        assertThat(marks.layer("comments").get(0)).extracting(SourceMark::start, SourceMark::end)
                .containsExactly(typo, typo + 8);
        marks.edited(typo, 0, 1);
        marks.edited(typo + 9, 0, 1);
        assertThat(marks.layer("comments").get(0)).extracting(SourceMark::start, SourceMark::end)
                .containsExactly(typo + 1, typo + 9);
    }

    @Test
    void replacingTheMarkedWordEmptiesTheMarkSoNothingIsDrawn() {
        marks.set("spelling", List.of(new SourceMark(typo, typo + 5, "mark-spelling", null)));
        marks.edited(typo, 5, 5); // "query" over "qurey"
        assertThat(only().isEmpty()).isTrue();
        assertThat(marks.all()).isEmpty();
        assertThat(marks.at(typo)).isEmpty();
    }

    @Test
    void deletingAcrossOneEdgeKeepsTheRest() {
        marks.set("comments", List.of(new SourceMark(typo, typo + 5, "mark-comment", null)));
        marks.edited(typo - 4, 6, 0); // "Cache qurey" loses "the qu"
        assertThat(marked("Cache " + TEXT.substring(typo + 2))).isEqualTo("rey");
    }

    @Test
    void aRightClickFindsEveryLayersMarkOnThatCharacter() {
        marks.set("spelling", List.of(new SourceMark(typo, typo + 5, "mark-spelling", "qurey: not a word")));
        marks.set("comments", List.of(new SourceMark(0, TEXT.length(), "mark-comment", "Say which cache")));
        assertThat(marks.at(typo + 1)).extracting(SourceMark::note).containsExactly("qurey: not a word", "Say which cache");
        assertThat(marks.at(1)).extracting(SourceMark::note).containsExactly("Say which cache");
        assertThat(marks.overlapping(0, 3)).hasSize(1);
    }
}
