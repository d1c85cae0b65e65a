package org.reviewdesk.formats.alphanode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reviewdesk.formats.alphanode.AlphanodeFixtures.lineNumberOf;
import static org.reviewdesk.formats.alphanode.AlphanodeFixtures.page;
import static org.reviewdesk.formats.alphanode.AlphanodeFixtures.withLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

class AlphanodeTextReaderTest {
    private final AlphanodeTextReader reader = new AlphanodeTextReader();

    private Post read(String text) throws PostFormatException {
        List<Post> posts = reader.read(text, "rotation.txt");
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    @Test
    void theBodyBecomesMarkdownWithHeadingsBulletsImagesAndOneFencedCodeBlock() throws Exception {
        Post post = read(page());

        assertThat(post.title()).isEqualTo("rotating database credentials without downtime");
        assertThat(post.body()).isEqualTo("""
                credentials that never change are a quiet risk. this note walks through a rotation that keeps every \
                request served while the secret changes underneath.

                ## plan the rotation

                write down which services read the secret, where they cache it, and how long a restart takes. a \
                rotation that surprises one consumer is an outage.

                ## before you start

                - list every consumer
                - confirm the secret store answers

                ![rotation timeline sketch](https://wiki.example.org/rotation.png)

                ```python
                import os
                password = os.environ['DB_PASSWORD']

                def connect():
                    return open_pool(password)
                ```

                ![a whiteboard photo nobody catalogued]()

                ## wrap up

                keep the old credential valid until the last consumer has switched, then revoke it.""");
    }

    @Test
    void everyKnownKeyIsReadAndUnknownOnesAreKept() throws Exception {
        Meta m = read(page()).meta();

        assertThat(m.topic()).isEqualTo("rotating credentials / databases");
        assertThat(m.summary()).isEqualTo("a short walk through rotating a database password without dropping requests.");
        assertThat(m.aiOutline()).isEqualTo(new AiOutline("for a small platform team", "rotating credentials", null,
                "rotate in two phases"));
        assertThat(m.aiBrief()).isEqualTo("written as a runbook.");
        assertThat(m.stack()).containsExactly("postgres", "python");
        assertThat(m.tools()).containsExactly("vault");
        assertThat(m.codeLanguage()).isEqualTo("python");
        assertThat(m.difficulty()).isEqualTo(Difficulty.of("expert"));
        assertThat(m.difficulty().isKnown()).isFalse();
        assertThat(m.readingTime()).isEqualTo(4);
        assertThat(m.viewCount()).isEqualTo(1200L);
        assertThat(m.score()).isEqualTo(new Score(80, 64, 70, 90));
        assertThat(m.revision().status().value()).isEqualTo("awaiting legal");
        assertThat(m.revision().version()).isEqualTo(SemVer.parse("2.0.0-rc.1"));
        assertThat(m.revision().lastReviewed()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(m.reference()).isEqualTo("own-ref-0001");
        assertThat(m.hash()).isEqualTo("abc123");
        assertThat(m.flags()).isEqualTo(new Flags(false, true, false, true));
        assertThat(m.checklist()).containsExactly("list consumers", "rotate");
        assertThat(m.entities()).containsExactly(new Entity("postgres", "stack"));
        assertThat(m.imageSources()).containsExactly(
                new ImageSource("team wiki", "https://wiki.example.org/rotation.png", "rotation timeline sketch"));
        assertThat(m.payload()).isEqualTo(new Payload("own-0001", "hand written", 3, "for a small platform team", 1L));
        assertThat(m.notes()).containsExactly("written for the tests");
        assertThat(m.extra()).containsExactly(
                Map.entry("score.novelty", "40"),
                Map.entry("moodcalm and steady", ""),
                Map.entry("related links", List.of("https://example.org/one", "see also: rotation faq")));
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkReadTheSame() throws Exception {
        String windows = "\uFEFF" + page().replace("\n", "\r\n");
        assertThat(read(windows)).isEqualTo(read(page()));
    }

    @Test
    void aPostWithoutReferenceGetsAStableGeneratedOne() throws Exception {
        String noRef = withLine(page(), "referenceown-ref-0001", "");
        String first = read(noRef).reference();

        assertThat(first).matches("anp-gen-[0-9a-f]{12}");
        assertThat(read(noRef).reference()).isEqualTo(first);
        String otherBody = noRef.replace("then revoke it.", "then revoke it at once.");
        assertThat(read(otherBody).reference()).isNotEqualTo(first);
    }

    @Test
    void aScoreOutOfRangeIsRejectedAtItsLine() {
        String text = withLine(page(), "  • freshness: 64", "  • freshness: 101");
        assertRejected(() -> read(text), lineNumberOf(text, "  • freshness: 101"),
                "score.freshness: expected a whole number from 0 to 100, found '101'");
    }

    @Test
    void aScoreInWordsIsRejected() {
        String text = withLine(page(), "  • quality: 80", "  • quality: high");
        assertRejected(() -> read(text), lineNumberOf(text, "  • quality: high"), "score.quality: expected a whole number");
    }

    @Test
    void anImpossibleDateIsRejected() {
        String text = withLine(page(), "  • last reviewed: 2024-02-29", "  • last reviewed: 2021-13-40");
        assertRejected(() -> read(text), lineNumberOf(text, "  • last reviewed: 2021-13-40"),
                "revision.last_reviewed: expected a date as YYYY-MM-DD");
    }

    @Test
    void aVersionThatIsNotSemanticIsRejected() {
        String text = withLine(page(), "  • version: 2.0.0-rc.1", "  • version: 1.2");
        assertRejected(() -> read(text), lineNumberOf(text, "  • version: 1.2"),
                "revision.version: expected a semantic version");
    }

    @Test
    void aFlagOtherThanZeroOrOneIsRejected() {
        String text = withLine(page(), "  • has images: 1", "  • has images: yes");
        assertRejected(() -> read(text), lineNumberOf(text, "  • has images: yes"), "flags.has_images: expected 0 or 1");
    }

    @Test
    void aReadingTimeThatIsNotAWholeNumberIsRejected() {
        String text = withLine(page(), "reading time4", "reading timefour minutes");
        assertRejected(() -> read(text), lineNumberOf(text, "reading timefour minutes"), "reading_time: expected a whole number");
    }

    @Test
    void aGroupKeyWithoutItemsAtTheEndIsABoxCutShort() {
        String page = page();
        String cut = page.substring(0, page.indexOf("\n  • written for the tests")) + "\n";
        assertRejected(() -> read(cut), lineNumberOf(cut, "notes"), "meta box cut short: 'notes' has no items");
    }

    @Test
    void aRecordMissingAFieldIsABoxCutShort() {
        String text = withLine(page(), "    • type: stack", "image sources");
        String fixed = text.replaceFirst("\nimage sources\nimage sources\n", "\nimage sources\n");
        assertRejected(() -> read(fixed), lineNumberOf(fixed, "    • name: postgres"),
                "meta box cut short: entity 1 has no 'type'");
    }

    @Test
    void aRecordWithFieldsOutOfOrderNamesTheExpectedField() {
        String text = withLine(page(), "    • url: https://wiki.example.org/rotation.png", "    • caption: early");
        assertRejected(() -> read(text), lineNumberOf(text, "    • caption: early"),
                "expected 'url: …' as field 2 of image source 1");
    }

    @Test
    void aBulletAfterAScalarIsInAnUnexpectedPlace() {
        String text = withLine(page(), "hashabc123", "hashabc123\n  • stray");
        assertRejected(() -> read(text), lineNumberOf(text, "  • stray"), "a '•' item after the scalar 'hash'");
    }

    @Test
    void aBulletRightAfterTheOpenerHasNoGroup() {
        String text = withLine(page(), "topicrotating credentials / databases", "  • orphan");
        assertRejected(() -> read(text), lineNumberOf(text, "  • orphan"), "no group key before it");
    }

    @Test
    void aKeyGivenTwiceIsRejectedWithBothLines() {
        String text = withLine(page(), "hashabc123", "hashabc123\ntopicagain");
        assertRejected(() -> read(text), lineNumberOf(text, "topicagain"),
                "'topic' appears twice in the meta box (first at line " + lineNumberOf(text,
                        "topicrotating credentials / databases") + ")");
    }

    @Test
    void aPageWithoutMetaBoxIsRejected() {
        String page = page();
        String noBox = page.substring(0, page.indexOf("alphanode post meta"));
        assertThatThrownBy(() -> read(noBox)).isInstanceOf(PostFormatException.class)
                .hasMessage("rotation.txt: no line 'alphanode post meta' (expected the meta box after the body)");
    }

    @Test
    void aPageCutShortInsideItsMetaBoxIsRejectedAtItsLastLineInsteadOfComingInUnderANewReference() {
        String page = page();
        String cut = page.substring(0, page.indexOf("referenceown-ref-0001"));
        assertRejected(() -> read(cut), lineNumberOf(page, "referenceown-ref-0001") - 1,
                "the page stops inside the meta box, without the 'Similar Posts' line that ends a page");
    }

    /** Cut after its reference, such a page would replace the library's post with one missing every later field. */
    @Test
    void aPageCutShortAfterItsReferenceIsRejectedAtEveryLineOfTheBox() {
        String page = page();
        String[] lines = page.split("\n", -1);
        int opener = lineNumberOf(page, "alphanode post meta");
        int trailer = lineNumberOf(page, "Similar Posts");
        for (int kept = opener + 1; kept < trailer; kept++) {
            String cut = String.join("\n", java.util.Arrays.copyOf(lines, kept)) + "\n";
            int last = kept;
            while (lines[last - 1].isBlank()) last--;
            int lastLine = last;
            assertThatThrownBy(() -> read(cut)).as("the page cut after line %d", kept)
                    .isInstanceOfSatisfying(PostFormatException.class, e -> {
                        assertThat(e.line()).isEqualTo(lastLine);
                        assertThat(e.reason()).contains("cut short");
                    });
        }
    }

    @Test
    void aBodyLineThatReadsLikeTheMetaBoxOpenerStaysInTheBody() throws Exception {
        String page = withLine(page(), "wrap up", "alphanode post meta\n\nwrap up");
        Post post = read(page);
        assertThat(post.body()).contains("alphanode post meta");
        assertThat(post.meta()).isEqualTo(read(page()).meta());
    }

    private static void assertRejected(ThrowingCallable read, int line, String reason) {
        assertThatThrownBy(read).isInstanceOfSatisfying(PostFormatException.class, e -> {
            assertThat(e.file()).isEqualTo("rotation.txt");
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
            assertThat(e.getMessage()).startsWith("rotation.txt:" + line + ": ");
        });
    }
    @Test
    void eachLineOfTheBodyIsToldAtThePageLineItWasReadFrom() throws Exception {
        String page = page();
        String[] pageLines = page.split("\n", -1);
        String[] body = reader.read(page, "rotation.txt").get(0).body().split("\n", -1);

        int[] fileLines = AlphanodeTextReader.bodyFileLines(page, "rotation.txt");

        assertThat(fileLines).hasSize(body.length);
        int fences = 0;
        for (int k = 0; k < body.length; k++) {
            if (fileLines[k] == 0) {
                assertThat(body[k]).as("body line %d, made by the reader", k + 1).matches("```(python)?|");
                if (!body[k].isEmpty()) fences++;
                continue;
            }
            String from = pageLines[fileLines[k] - 1];
            String read = body[k].startsWith("## ") ? body[k].substring(3)
                    : body[k].startsWith("- ") ? "  \u2022 " + body[k].substring(2)
                    : body[k].startsWith("![") ? body[k].substring(2, body[k].indexOf("](")) : body[k];
            assertThat(from).as("body line %d: %s", k + 1, body[k]).isEqualTo(read);
        }
        assertThat(fences).isEqualTo(2);
        assertThat(fileLines[java.util.Arrays.asList(body).indexOf("## plan the rotation")])
                .isEqualTo(lineNumberOf(page, "plan the rotation"));
    }
}
