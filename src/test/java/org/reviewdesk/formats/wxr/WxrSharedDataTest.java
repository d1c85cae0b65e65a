package org.reviewdesk.formats.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.model.Post;
import org.reviewdesk.testing.SharedData;

/** The real WordPress exports of ../shared/testdata/wxr/ (see SOURCES.md there). */
class WxrSharedDataTest {

    private static Path file(String name) {
        return SharedData.testData().resolve("wxr").resolve(name);
    }

    private static List<Post> read(String name) throws IOException, PostFormatException {
        return new WxrReader().read(Files.readString(file(name)), name);
    }

    /**
     * Expected counts are the items whose wp:post_type is post or page, counted in the files with grep
     * (attachments, nav_menu_item and wp_navigation left out; one a11y item has no post type at all).
     */
    @ParameterizedTest
    @CsvSource({
            "64-block-test-data.xml, 62",
            "importer-a11y-unit-test-data.xml, 64",
            "importer-small-export.xml, 11",
            "importer-valid-wxr-1.1.xml, 2",
            "importer-wxr-utf-8-challenges.xml, 1",
            "themeunittestdata.wordpress.xml, 79"})
    void everyPostAndPageOfTheExportIsRead(String name, int expected) throws Exception {
        List<Post> posts = read(name);

        assertThat(posts).hasSize(expected);
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.reference()).matches("wp-[a-z0-9.-]+-\\d+");
            assertThat(withoutCode(p.body())).doesNotContain("<!-- wp:", "<p>", "</div>", "<script");
        });
    }

    @Test
    void namespacesDeclaredWithHttpsAreUnderstood() throws Exception {
        String xml = Files.readString(file("themeunittestdata.wordpress.xml"));
        assertThat(xml).contains("xmlns:wp=\"https://wordpress.org/export/1.2/\"");

        List<Post> posts = read("themeunittestdata.wordpress.xml");

        assertThat(posts).allSatisfy(p -> assertThat(p.meta().revision().status()).isNotNull());
        assertThat(posts).filteredOn(p -> p.meta().stack() != null).hasSizeGreaterThan(50);
        assertThat(posts).anySatisfy(p -> assertThat(p.meta().extra()).containsKey("tags"));
    }

    @Test
    void aClassicPostBecomesParagraphsLinksAndQuotes() throws Exception {
        Post page = read("importer-small-export.xml").stream()
                .filter(p -> p.reference().equals("wp-localhost-2")).findFirst().orElseThrow();

        String[] blocks = page.body().split("\n\n");
        assertThat(blocks).hasSize(5);
        assertThat(blocks[1]).startsWith("> ");
        assertThat(blocks[4]).containsPattern("\\[[^]]+]\\(http://localhost/wp-admin/\\)");
        assertThat(page.body()).contains("piña coladas");
        assertThat(page.meta().extra()).containsEntry("post_type", "page").containsKey("postmeta._wp_page_template");
    }

    @Test
    void blockEditorCommentsDisappearAndHeadingsStay() throws Exception {
        List<Post> posts = read("64-block-test-data.xml");

        assertThat(posts).noneMatch(p -> p.body().contains("wp:paragraph"));
        assertThat(posts).anyMatch(p -> p.body().lines().anyMatch(l -> l.startsWith("## ")));
        assertThat(posts).anyMatch(p -> p.body().contains("```"));
    }

    @Test
    void utf8ChallengesSurvive() throws Exception {
        String xml = Files.readString(file("importer-wxr-utf-8-challenges.xml"));
        Post post = read("importer-wxr-utf-8-challenges.xml").get(0);

        assertThat(post.title()).isEqualTo(cdata(xml, "<item>\\s*<title><!\\[CDATA\\[(.*?)]]></title>"));
        assertThat(post.title()).contains("\u202E", "\uD83C\uDF32");
        assertThat(post.body()).contains("\uD83D\uDE80", "\u202E", "\u200B", "\u0627\u0644\u0633\u0644\u0627\u0645");
        assertThat(post.meta().stack()).containsExactly(cdata(xml, "<category domain=\"category\"[^>]*><!\\[CDATA\\[(.*?)]]>"));
        assertThat(post.reference()).isEqualTo("wp-playground.internal-10");
        String zeroWidthKey = "postmeta." + cdata(xml, "<wp:meta_key><!\\[CDATA\\[(_pingme.*?)]]>");
        assertThat(zeroWidthKey).hasSizeGreaterThan("postmeta._pingme".length());
        assertThat(post.meta().extra()).containsKey(zeroWidthKey);
    }

    /** Code blocks may quote HTML on purpose, as the block test data's code block does. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?s)```.*?\n```", "");
    }

    private static String cdata(String xml, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(xml);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
