package org.reviewdesk.formats.wxr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;

class WxrReaderTest {
    private final WxrReader reader = new WxrReader();

    /** A small export of our own: the channel header, then the given items. */
    private static String export(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <title>garden notes</title>
                  <link>https://notes.example.org</link>
                  <wp:wxr_version>1.2</wp:wxr_version>
                  <wp:base_blog_url>https://Notes.Example.org</wp:base_blog_url>
                """ + items + "\n</channel>\n</rss>\n";
    }

    private static String item(String type, int id, String extra) {
        return "<item><title>post " + id + "</title><wp:post_id>" + id + "</wp:post_id><wp:post_type>" + type
                + "</wp:post_type><wp:status>draft</wp:status>" + extra + "</item>\n";
    }

    @Test
    void onlyPostsAndPagesBecomePosts() throws Exception {
        List<Post> posts = reader.read(export(item("post", 1, "") + item("attachment", 2, "") + item("page", 3, "")
                + item("nav_menu_item", 4, "") + "<item><title>no type</title><wp:post_id>5</wp:post_id></item>"), "mix.xml");

        assertThat(posts).extracting(Post::reference).containsExactly("wp-notes.example.org-1", "wp-notes.example.org-3");
        assertThat(posts.get(1).meta().extra()).containsEntry("post_type", "page");
        assertThat(posts.get(0).meta().revision().status()).isEqualTo(ReviewStatus.DRAFTED);
    }

    @Test
    void namespacesAreTakenFromTheDocumentWhateverThePrefix() throws Exception {
        String xml = """
                <rss xmlns:x="https://wordpress.org/export/1.1/" xmlns:body="https://purl.org/rss/1.0/modules/content/">
                <channel><x:wxr_version>1.1</x:wxr_version><link>http://old.example.net/blog</link>
                <item><title>renamed</title><x:post_id>7</x:post_id><x:post_type>post</x:post_type>
                <x:status>pending</x:status><body:encoded><![CDATA[<p>hello</p>]]></body:encoded></item>
                </channel></rss>""";

        Post post = reader.read(xml, "prefixes.xml").get(0);

        assertThat(post.reference()).isEqualTo("wp-old.example.net-7");
        assertThat(post.body()).isEqualTo("hello");
        assertThat(post.meta().revision().status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void categoriesTagsDateAndPostMetaAreKept() throws Exception {
        String meta = """
                <category domain="category" nicename="tools"><![CDATA[Tools]]></category>
                <category domain="post_tag" nicename="rust"><![CDATA[rust]]></category>
                <category domain="post_format" nicename="post-format-aside"><![CDATA[Aside]]></category>
                <wp:post_date><![CDATA[2019-04-01 10:00:00]]></wp:post_date>
                <dc:creator>ana</dc:creator>
                <wp:postmeta><wp:meta_key>_sizes</wp:meta_key><wp:meta_value><![CDATA[a:2:{i:0;s:5:"small";i:1;s:5:"large";}]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>enclosure</wp:meta_key><wp:meta_value>first</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>enclosure</wp:meta_key><wp:meta_value>second</wp:meta_value></wp:postmeta>
                """;

        Post post = reader.read(export(item("post", 9, meta)), "meta.xml").get(0);

        assertThat(post.meta().stack()).containsExactly("Tools");
        assertThat(post.meta().extra())
                .containsEntry("date", "2019-04-01 10:00:00")
                .containsEntry("tags", List.of("rust"))
                .containsEntry("terms.post_format", List.of("Aside"))
                .containsEntry("author", "ana")
                .containsEntry("postmeta._sizes", "a:2:{i:0;s:5:\"small\";i:1;s:5:\"large\";}")
                .containsEntry("postmeta.enclosure", List.of("first", "second"));
    }

    @Test
    void classicContentGetsWordPressParagraphs() throws Exception {
        String content = "<content:encoded><![CDATA[first line\nsame paragraph\n\nsecond <em>paragraph</em>\n\n"
                + "<pre>code\n\nstays</pre>]]></content:encoded>";

        Post post = reader.read(export(item("post", 1, content)), "classic.xml").get(0);

        assertThat(post.body()).isEqualTo("first line\\\nsame paragraph\n\nsecond *paragraph*\n\n```\ncode\n\nstays\n```");
    }

    @Test
    void theReviewDeskMetaWins() throws Exception {
        String meta = "<wp:postmeta><wp:meta_key>review_desk_meta</wp:meta_key><wp:meta_value><![CDATA["
                + "{\"reference\":\"anp-ref-000004-0001\",\"reading_time\":4,\"revision\":{\"status\":\"reviewed\",\"version\":\"2.0.0-rc.1\"}}"
                + "]]></wp:meta_value></wp:postmeta>";

        Post post = reader.read(export(item("post", 1, meta)), "ours.xml").get(0);

        assertThat(post.reference()).isEqualTo("anp-ref-000004-0001");
        assertThat(post.meta().readingTime()).isEqualTo(4);
        assertThat(post.meta().revision().version().toString()).isEqualTo("2.0.0-rc.1");
        assertThat(post.meta().revision().status()).isEqualTo(ReviewStatus.REVIEWED);
    }

    @Test
    void aBrokenReviewDeskMetaNamesItsLine() {
        String meta = "\n<wp:postmeta><wp:meta_key>review_desk_meta</wp:meta_key>\n<wp:meta_value>"
                + "{\"reading_time\": \"soon\"}</wp:meta_value></wp:postmeta>";

        PostFormatException e = catchThrowableOfType(PostFormatException.class,
                () -> reader.read(export(item("post", 1, meta)), "broken-meta.xml"));

        assertThat(e.file()).isEqualTo("broken-meta.xml");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("reading_time: expected a whole number");
    }

    @Test
    void malformedXmlGivesTheFileAndLine() {
        String xml = export("<item>\n<title>unclosed</titel>\n</item>");

        PostFormatException e = catchThrowableOfType(PostFormatException.class, () -> reader.read(xml, "bad.xml"));

        assertThat(e.file()).isEqualTo("bad.xml");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.getMessage()).startsWith("bad.xml:10: malformed XML").contains("expected a well-formed WordPress WXR export");
    }

    @Test
    void aDocumentThatIsNotWxrIsRejectedWithAReason() {
        assertThatThrownBy(() -> reader.read("<html><body>hi</body></html>", "page.html"))
                .hasMessage("page.html:1: the document starts with <html>, expected <rss> (a WordPress WXR export)");
        assertThatThrownBy(() -> reader.read("<rss>\n<channel><title>feed</title></channel></rss>", "feed.xml"))
                .hasMessage("feed.xml:2: the channel has no wp:wxr_version (expected a WordPress WXR export)");
        assertThatThrownBy(() -> reader.read("", "empty.xml")).isInstanceOf(PostFormatException.class)
                .hasMessageStartingWith("empty.xml");
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "the-garden-key-is-under-the-pot");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + export(item("post", 1, "<content:encoded>&leak;</content:encoded>")).substring(40);

        PostFormatException e = catchThrowableOfType(PostFormatException.class, () -> reader.read(xml, "xxe.xml"));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("xxe.xml:").contains("leak").doesNotContain("the-garden-key");
    }

    @Test
    void internalEntitiesAreNotExpandedEither() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY a \"aaaaaaaaaa\"> <!ENTITY b \"&a;&a;&a;&a;\"> ]>\n"
                + export(item("post", 1, "<content:encoded>&b;</content:encoded>")).substring(40);

        assertThatThrownBy(() -> reader.read(xml, "laughs.xml")).isInstanceOf(PostFormatException.class)
                .hasMessageContaining("laughs.xml:");
    }
}
