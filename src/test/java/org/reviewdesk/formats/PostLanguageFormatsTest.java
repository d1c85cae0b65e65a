package org.reviewdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.formats.json.JsonPostReader;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterReader;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** The post's natural language through every format: written where its catalogue entry says, absent when absent. */
class PostLanguageFormatsTest {
    private final Meta meta = Meta.builder().reference("lang-1").codeLanguage("python").language("en-GB").readingTime(4)
            .build();
    private final Post post = new Post("Colour and flavour", "A paragraph of the body.", meta);

    @Test
    void canonicalJsonWritesItAfterTheCodeLanguageAndReadsItBack() throws Exception {
        String json = new JsonPostWriter().write(post);
        assertThat(json).containsSubsequence("\"code_language\"", "\"language\" : \"en-GB\"", "\"reading_time\"");
        assertThat(new JsonPostReader().read(json, "post.json").get(0)).isEqualTo(post);
    }

    @Test
    void aPostWithoutALanguageIsExportedAsBefore() throws Exception {
        Post without = new Post(post.title(), post.body(), meta.toBuilder().language(null).build());
        assertThat(new JsonPostWriter().write(without)).doesNotContain("\"language\"");
        assertThat(new AlphanodeTextWriter().write(without).lines()).noneMatch(l -> l.startsWith("language"));
    }

    @Test
    void jsonRejectsALanguageTheRuleRefusesAndSaysWhatWasExpected() {
        String json = "{\"title\": \"t\", \"body\": \"b\", \"meta\": {\"reference\": \"r\", \"language\": \"english\"}}";
        assertThatThrownBy(() -> new JsonPostReader().read(json, "post.json"))
                .isInstanceOfSatisfying(PostFormatException.class, e -> assertThat(e.reason())
                        .contains("language: expected an ISO 639-1 language code").contains("'english'"));
    }

    @Test
    void theAlphanodeBoxGluesItsKeyToTheValueAfterTheCodeLanguage() throws Exception {
        String text = new AlphanodeTextWriter().write(post);
        assertThat(text).contains("\ncode languagepython\nlanguageen-GB\nreading time4\n");
        assertThat(new AlphanodeTextReader().read(text, "post.txt").get(0)).isEqualTo(post);
    }

    @Test
    void linesOfOlderFilesThatOnlyBeginWithTheKeyStayUnknownKeysWrittenAsTheyWere() throws Exception {
        Meta old = Meta.builder().reference("old-1").putExtra("languages", List.of("en", "de"))
                .putExtra("language model: gpt-4", "").putExtra("languageenglish", "").build();
        String text = new AlphanodeTextWriter().write(new Post("An older page", "A paragraph.", old));
        assertThat(text).contains("\nlanguages\n  • en\n  • de\nlanguage model: gpt-4\nlanguageenglish\n");
        Post read = new AlphanodeTextReader().read(text, "old.txt").get(0);
        assertThat(read.meta().language()).isNull();
        assertThat(read.meta()).isEqualTo(old);
        assertThat(new AlphanodeTextWriter().write(read)).isEqualTo(text);
    }

    @Test
    void markdownFrontMatterKeepsItWithTheRestOfTheMetaBox() throws Exception {
        String text = new MarkdownFrontMatterWriter().write(post);
        assertThat(text).contains("\n  language: en-GB\n");
        assertThat(new MarkdownFrontMatterReader().read(text, "post.md").get(0)).isEqualTo(post);
    }
}
