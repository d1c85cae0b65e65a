package org.reviewdesk.formats.alphanode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.reviewdesk.formats.alphanode.AlphanodeFixtures.page;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;

class AlphanodeTextWriterTest {
    private final AlphanodeTextReader reader = new AlphanodeTextReader();
    private final AlphanodeTextWriter writer = new AlphanodeTextWriter();

    private Post read(String text) throws Exception {
        return reader.read(text, "rotation.txt").get(0);
    }

    @Test
    void whatTheReaderReturnsComesBackTheSame() throws Exception {
        Post post = read(page());
        assertThat(read(writer.write(post))).isEqualTo(post);
    }

    @Test
    void theWrittenPageDiffersFromTheSourceOnlyWhereMarkdownCannotTell() throws Exception {
        String written = writer.write(read(page()));
        String expected = page()
                .replaceFirst("^\\| \\|\n", "|\n") // one navigation line, as the sample pages have it
                .replace("confirm the secret store answers\nrotation", "confirm the secret store answers\n\nrotation")
                // an image without an entry in image sources has no source to write back
                .replace("catalogued. image source: phone", "catalogued. image source: ")
                // unknown sub keys follow the known ones of their group
                .replace("  • novelty: 40\n  • depth: 70\n  • clarity: 90\n", "  • depth: 70\n  • clarity: 90\n  • novelty: 40\n")
                .replaceFirst("\n$", ""); // the pages end without a final line end
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void unknownKeysAreWrittenWhereTheReaderFindsThemAgain() throws Exception {
        String written = writer.write(read(page()));
        assertThat(written).contains("  • clarity: 90\n  • novelty: 40\nrevision\n");
        assertThat(written).endsWith("moodcalm and steady\nrelated links\n  • https://example.org/one\n"
                + "  • see also: rotation faq\n\nSimilar Posts");
    }

    /** A page holds a value a line: a page written regardless read back as another summary and a made-up key. */
    @Test
    void aValueWithALineBreakIsRefusedNamingThePostAndTheField() throws Exception {
        Post post = read(page());
        Post twoLines = post.withMeta(post.meta().toBuilder().summary("first line\nsecond line").build());
        assertThatThrownBy(() -> writer.write(twoLines)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("post own-ref-0001 has a line break in its 'summary', and an alphanode meta box holds a value"
                        + " a line: export it as JSON or Markdown, which keep it as it is");
        Post note = post.withMeta(post.meta().toBuilder().notes(List.of("one", "two\r\nthree")).build());
        assertThatThrownBy(() -> writer.write(note)).hasMessageContaining("has a line break in its 'notes'");
        Post untitled = new Post("", "a body.", Meta.builder().reference("r-2").build());
        assertThatThrownBy(() -> writer.write(untitled)).hasMessageStartingWith("post r-2 has no title, and an alphanode"
                + " page's title is its first line");
    }

    @Test
    void aBodyLineThatReadsLikeTheOpenerComesBackInTheBody() throws Exception {
        Post post = new Post("pages", "a post about these pages.\n\n## alphanode post meta\n\nthat line opens the box.",
                Meta.builder().reference("r-3").topic("pages").build());
        assertThat(read(writer.write(post))).isEqualTo(post);
    }

    @Test
    void emptyGroupsAreLeftOutBecauseTheReaderRefusesThem() throws Exception {
        Post sparse = new Post("a title", "one paragraph.", Meta.builder().reference("r-1").stack(List.of())
                .score(Score.EMPTY).build());
        String written = writer.write(sparse);

        assertThat(written).isEqualTo("|\n\na title\n\none paragraph.\n\nalphanode post meta\n\nreferencer-1\n\nSimilar Posts");
        assertThat(read(written).meta()).isEqualTo(Meta.builder().reference("r-1").build());
    }

    @Test
    void severalPostsCannotShareOnePage() {
        Post p = new Post("t", "b", Meta.builder().reference("r").build());
        assertThatThrownBy(() -> writer.writeAll(List.of(p, p))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one post per file");
        assertThat(writer.writeAll(List.of(p))).isEqualTo(writer.write(p));
    }

    @Test
    void aFiveMegabytePageIsReadAndWrittenWithoutHanging() {
        String paragraph = "a long paragraph about caching, measured before and after the change, with numbers. ";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 13_000; i++) {
            body.append("section ").append(i).append("\n\n").append(paragraph.repeat(4)).append("\n\n");
        }
        body.append(paragraph.repeat(6_000)).append("\n\n"); // and one paragraph of half a megabyte
        String page = "|\n\nbig page\n\n" + body + "alphanode post meta\n\nreferencebig-1\n\nSimilar Posts";
        assertThat(page.length()).isGreaterThan(5_000_000);

        Post post = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(page));
        assertThat(post.body()).startsWith("## section 0\n\n");
        String written = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> writer.write(post));
        assertThat(written.length()).isGreaterThan(5_000_000);
    }
}
