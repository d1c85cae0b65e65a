package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reviewdesk.model.library.PostComment.Anchor;

/** Anchors carried through one edit of a body, character by character: the cases an editor notices. */
class AnchorShiftTest {
    private static final String BODY = "Queues smooth bursts.\nA full queue rejects work.\nWatch the depth.";

    private static Anchor on(String body, String quote) {
        int at = body.indexOf(quote);
        return new Anchor(at, at + quote.length(), quote, false);
    }

    private static Anchor shifted(String after, String quote) {
        return AnchorShift.between(BODY, after).apply(on(BODY, quote));
    }

    @Test
    void anEditElsewhereMovesTheAnchorWithItsText() {
        String after = BODY.replace("Queues smooth", "Bounded queues smooth");
        Anchor a = shifted(after, "rejects work");
        assertThat(after.substring(a.start(), a.end())).isEqualTo("rejects work");
        Anchor b = shifted(BODY + "\nAlso alert on it.", "Watch the depth");
        assertThat(b).isEqualTo(on(BODY, "Watch the depth"));
    }

    @Test
    void textTypedInsideGrowsItAndTextTypedAtItsEdgesDoesNot() {
        assertThat(shifted(BODY.replace("full queue", "full bounded queue"), "full queue").quote()).isEqualTo("full bounded queue");
        // Typed right before its first character and right after its last: the text beside it is not what was commented.
        assertThat(shifted(BODY.replace("A full queue", "A very full queue"), "full queue").quote()).isEqualTo("full queue");
        assertThat(shifted(BODY.replace("full queue rejects", "full queue, rejects"), "full queue").quote())
                .isEqualTo("full queue");
    }

    @Test
    void aWordChangedInsideKeepsTheAnchorOverTheNewWord() {
        assertThat(shifted(BODY.replace("rejects work", "refuses work"), "A full queue rejects work").quote())
                .isEqualTo("A full queue refuses work");
    }

    @Test
    void deletingAllOfItMarksItTextRemovedKeepingTheQuote() {
        Anchor a = shifted(BODY.replace("A full queue rejects work.\n", ""), "A full queue rejects work.");
        assertThat(a.textRemoved()).isTrue();
        assertThat(a.quote()).isEqualTo("A full queue rejects work.");
        assertThat(a.start()).isEqualTo(a.end()).isEqualTo(BODY.indexOf("A full"));
    }

    @Test
    void replacingAllOfItWithOtherTextIsTextRemovedToo() {
        Anchor a = shifted(BODY.replace("smooth bursts", "xx"), "smooth bursts");
        assertThat(a.textRemoved()).isTrue();
        assertThat(a.quote()).isEqualTo("smooth bursts");
    }

    @Test
    void aRemovedAnchorStaysRemovedAndMovesWithTheTextBeforeIt() {
        Anchor removed = new Anchor(22, 22, "gone sentence", true);
        Anchor a = AnchorShift.between(BODY, "Intro.\n" + BODY).apply(removed);
        assertThat(a).isEqualTo(new Anchor(29, 29, "gone sentence", true));
    }

    @Test
    void aWholeBodyRewrittenFarApartStillEndsInsideTheNewBody() {
        String rewritten = "Something else entirely, and longer than before, with no sentence kept at all from it.";
        Anchor a = shifted(rewritten, "Watch the depth.");
        assertThat(a.end()).isLessThanOrEqualTo(rewritten.length());
        assertThat(a.start()).isLessThanOrEqualTo(a.end());
    }
}
