package org.reviewdesk.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

class JsonPostTest {
    private final JsonPostReader reader = new JsonPostReader();
    private final JsonPostWriter writer = new JsonPostWriter();

    static Post fullPost() {
        return new Post("Caching a slow report", "intro\n\n## why\n\n- one\n- two", Meta.builder()
                .topic("caching / reports").summary("how a report got fast")
                .aiOutline(new AiOutline("a team wiki", "a slow report", null, "cache it"))
                .aiBrief("a careful draft").stack(List.of("php", "mysql")).tools(List.of("redis"))
                .codeLanguage("php").difficulty(Difficulty.of("expert")).readingTime(6).viewCount(12_345_678_901L)
                .score(new Score(90, 0, 100, null))
                .revision(new Revision(ReviewStatus.of("on hold"), SemVer.parse("2.0.0-rc.1"), LocalDate.of(2020, 2, 29)))
                .reference("own-7").hash("ff00")
                .flags(new Flags(true, false, null, true))
                .checklist(List.of("measure", "cache"))
                .entities(List.of(new Entity("redis", "tool")))
                .imageSources(List.of(new ImageSource("wiki", "https://example.org/x.png", "the graph")))
                .payload(new Payload("own", "hand", 2, null, 7L))
                .notes(List.of("a note"))
                .putExtra("mood", "calm").putExtra("score.novelty", "40").putExtra("links", List.of("a", "b"))
                .build());
    }

    @Test
    void theCanonicalJsonUsesSnakeCaseInTheDocumentedOrderAndOmitsWhatIsAbsent() {
        String json = writer.write(fullPost());

        assertThat(json).startsWith("{\n  \"title\" : \"Caching a slow report\",\n  \"body\" : ");
        assertThat(json).containsSubsequence("\"topic\"", "\"summary\"", "\"ai_outline\"", "\"recommended_action\"",
                "\"ai_brief\"", "\"stack\"", "\"tools\"", "\"code_language\"", "\"difficulty\" : \"expert\"",
                "\"reading_time\" : 6", "\"view_count\" : 12345678901", "\"score\"", "\"revision\"",
                "\"version\" : \"2.0.0-rc.1\"", "\"last_reviewed\" : \"2020-02-29\"", "\"reference\"", "\"hash\"",
                "\"flags\"", "\"ai_generated_style\" : true", "\"has_images\" : false", "\"checklist\"", "\"entities\"",
                "\"image_sources\"", "\"payload\"", "\"notes\"", "\"extra\"", "\"score.novelty\" : \"40\"");
        assertThat(json).doesNotContain("null", "image_heavy", "clarity", "scenario");
    }

    @Test
    void oneObjectOrAnArrayReadsBackToTheSamePosts() throws Exception {
        Post full = fullPost();
        Post small = new Post("Small", "", Meta.builder().reference("s-1").build());

        assertThat(reader.read(writer.write(full), "one.json")).containsExactly(full);
        assertThat(writer.writeAll(List.of(full, small))).startsWith("[\n  {\n    \"title\"");
        assertThat(reader.read(writer.writeAll(List.of(full, small)), "two.json")).containsExactly(full, small);
    }

    @Test
    void aPostWithAnEmptyOrBlankTitleReadsBackFromItsOwnExport() throws Exception {
        // A WordPress post may have no title; the library keeps it, so its JSON backup must import again.
        Post untitled = new Post("", "This post has no title.", Meta.builder().reference("wp-42").build());
        Post spaces = new Post("  ", "", Meta.builder().reference("wp-43").build());

        assertThat(reader.read(writer.writeAll(List.of(untitled, spaces)), "backup.json")).containsExactly(untitled, spaces);
        assertThat(reader.read("{\"title\": \"\", \"body\": \"b\"}", "x.json").get(0).reference())
                .as("a generated reference for an untitled post").matches("json-gen-[0-9a-f]{12}");
    }

    @Test
    void unknownMetaKeysAreKeptInExtraAndNonTextAsJsonText() throws Exception {
        String json = """
                {"title": "T", "body": "b", "meta": {
                  "reference": "r", "mood": "calm", "weight": 3, "labels": ["x", "y"], "nested": {"a": [1, 2]},
                  "score": {"quality": 50, "novelty": 9}, "extra": {"kept": "as is"}
                }}""";
        Meta meta = reader.read(json, "x.json").get(0).meta();

        assertThat(meta.extra()).containsOnly(Map.entry("kept", "as is"), Map.entry("mood", "calm"),
                Map.entry("weight", "3"), Map.entry("labels", List.of("x", "y")),
                Map.entry("nested", "{\"a\":[1,2]}"), Map.entry("score.novelty", "9"));
        assertThat(meta.score()).isEqualTo(new Score(50, null, null, null));
    }

    @Test
    void aPostWithoutReferenceGetsAStableOne() throws Exception {
        String json = "{\"title\": \"T\", \"body\": \"b\"}";
        String ref = reader.read(json, "x.json").get(0).reference();
        assertThat(ref).matches("json-gen-[0-9a-f]{12}").isEqualTo(reader.read(json, "x.json").get(0).reference());
    }

    @Test
    void aBodysLineEndsAreReadAsEveryFormatReadsThem() throws Exception {
        Post post = new JsonPostReader().read("{\"title\": \"T\", \"body\": \"one\\rtwo\\r\\nthree\", \"meta\": {\"reference\": \"cr\"}}",
                "cr.json").get(0);
        assertThat(post.body()).isEqualTo("one\ntwo\nthree");
        org.reviewdesk.formats.markdown.MarkdownFrontMatterReader markdown = new org.reviewdesk.formats.markdown.MarkdownFrontMatterReader();
        assertThat(markdown.read(new org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter().write(post), "cr.md").get(0))
                .as("its own Markdown export reads back the same").isEqualTo(post);
    }

    @Test
    void badValuesAreRejectedAtTheirLine() {
        assertRejected("""
                {
                  "title": "T",
                  "meta": {
                    "score": {
                      "quality": 101
                    }
                  }
                }""", 5, "score.quality: expected a whole number from 0 to 100, found '101'");
        assertRejected("{\"title\": \"T\",\n \"meta\": {\"score\": {\"depth\": \"high\"}}}", 2,
                "score.depth: expected a whole number from 0 to 100, found 'high'");
        assertRejected("{\"title\": \"T\",\n\"meta\": {\n\"revision\": {\"last_reviewed\": \"2021-13-40\"}}}", 3,
                "revision.last_reviewed: expected a date as YYYY-MM-DD");
        assertRejected("{\"title\": \"T\",\n\"meta\": {\n\"revision\": {\n\"version\": \"1.2\"}}}", 4,
                "revision.version: expected a semantic version");
        assertRejected("{\"title\": \"T\",\n\"meta\": {\"flags\": {\"has_images\": 1}}}", 2,
                "flags.has_images: expected true or false");
        assertRejected("[{\"title\": \"T\"},\n {\"body\": \"no title\"}]", 2, "expected \"title\"");
        assertRejected("{\"body\": \"b\",\n \"title\": null}", 2, "expected \"title\"");
        assertRejected("{\"title\": \"T\", \"id\": 4}", 1, "unexpected key 'id'");
        assertRejected("{\"title\": \"T\",\n\"meta\": {\"stack\": \"java\"}}", 2, "stack: expected a list of text, found 'java'");
        assertRejected("{\"title\": \"T\",\n\"meta\": {\"entities\": [{\"name\": [1]}]}}", 2, "entities[0].name: expected text");
        assertRejected("{\"title\": \"T\",\n\"meta\": {\"view_count\": 1e400}}", 2,
                "view_count: expected a whole number, found a number too large to read");
    }

    @Test
    void brokenJsonIsRejectedWithJacksonsLine() {
        assertRejected("{\n  \"title\": \"T\",\n  \"body\": \"b\"\n  \"meta\": {}\n}", 4, "not valid JSON");
        assertRejected("{\"title\": \"T\",\n \"title\": \"U\"}", 2, "Duplicate field 'title'");
        assertRejected("[]", 1, "an empty array");
    }

    @Test
    void aFileCutShortSaysWhereAndWhatIsMissingWithoutTheParsersInternals() {
        assertRejected("{\"title\":\"trunc\",\"body\":\"b\",\"meta\":{\"reference\":\"j-3\"", 1,
                "not valid JSON: the file ends inside the object opened on line 1 (expected the rest of it and its closing '}'");
        assertRejected("[\n  {\"title\": \"T\"},\n  {\"title\": \"U\",\n   \"body\": \"cut", 4, "the file ends inside the object opened on line 3");
        assertRejected("[\n  {\"title\": \"T\"}\n", 3, "the file ends inside the array opened on line 1 (expected the rest of it and its closing ']'");
        assertThatThrownBy(() -> reader.read("{\"title\": \"T\",\n \"body\": [1, }", "posts.json"))
                .isInstanceOfSatisfying(PostFormatException.class, e -> assertThat(e.reason()).doesNotContain("Source", "REDACTED"));
    }

    private void assertRejected(String json, int line, String reason) {
        assertThatThrownBy(() -> reader.read(json, "posts.json")).isInstanceOfSatisfying(PostFormatException.class, e -> {
            assertThat(e.file()).isEqualTo("posts.json");
            assertThat(e.reason()).contains(reason);
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        });
    }
}
