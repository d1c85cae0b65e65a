package org.reviewdesk.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * "A file with review_desk reads back exactly": any string, wherever the front matter has it. The last value of the
 * front matter is the one that lost its final line ends, so every string is tried there and in the middle.
 */
class FrontMatterStringRoundTripTest {
    private static final List<String> STRINGS = List.of(
            "the last value\n", "two newlines\n\n", "\n", "\n\n\n", "x\n ", " \n",
            "\u0085nel", "a\u0085b\nc\n", "\u0085", "line\u2028separator", "para\u2029graph\n", "\u2028\u2029",
            "carriage\rreturn", "crlf\r\n", "\r", "\ttabbed\tand\t", "\ttab first\nsecond\n",
            "  two leading spaces", "  leading\n  on every line\n", "\n\nleading line ends",
            "---", "above\n---\nbelow\n", "...\n", "trailing spaces  \n  ", "\u00a0no-break space\n", "\uFEFFbom inside\n");

    private final MarkdownFrontMatterWriter writer = new MarkdownFrontMatterWriter();
    private final MarkdownFrontMatterReader reader = new MarkdownFrontMatterReader();

    @Test
    void everyStringReadsBackAsTheLastValueOfTheFrontMatter() throws Exception {
        for (String s : STRINGS) {
            // No extra: the notes come last, so the second note is the last value of the file.
            assertRoundTrip(new Post("Last", "Body.", Meta.builder().reference("n-1").notes(List.of("first", s)).build()), s);
            assertRoundTrip(new Post("Last", "Body.", Meta.builder().reference("n-2").putExtra("k", s).build()), s);
            assertRoundTrip(new Post("Last", "Body.", Meta.builder().reference("n-3").putExtra("k", List.of(s)).build()), s);
        }
    }

    @Test
    void everyStringReadsBackInEveryOtherPlace() throws Exception {
        for (String s : STRINGS) {
            Post p = new Post(s, "Body.", Meta.builder().reference("m-1").topic(s).summary(s)
                    .notes(List.of(s, s, "after")).putExtra(s.isEmpty() ? "k" : s, s).putExtra("last", "x").build());
            assertRoundTrip(p, s);
        }
    }

    @Test
    void aQaFilesTrailingLineEndsComeBack() throws Exception {
        Post post = new Post("Trailing newline", "Body.", Meta.builder().reference("nl-1").summary("first\n")
                .notes(List.of("kept in the middle\n", "the last value\n")).build());
        assertThat(reader.read(writer.write(post), "nl-1.md")).containsExactly(post);
    }

    private void assertRoundTrip(Post post, String s) throws Exception {
        String md = writer.write(post);
        assertThat(reader.read(md, "p.md")).as("%s written as%n%s", visible(s), md).containsExactly(post);
    }

    private static String visible(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(c -> out.add(c < 0x20 || c > 0x7e ? String.format("U+%04X", c) : Character.toString(c)));
        return String.join("", out);
    }
}
