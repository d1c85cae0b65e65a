package org.reviewdesk.formats.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.model.Post;
import org.reviewdesk.testing.SharedData;

/** Which files an import takes for WordPress exports: by the namespaces the document declares, and why not. */
class WxrDetectionTest {
    /** A WordPress.com export in miniature: https namespaces, the WordPress one under another prefix. */
    private static final String HTTPS_EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="https://wordpress.org/export/1.1/excerpt/"
              xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wordpress="https://wordpress.org/export/1.1/">
            <channel><link>http://example.org</link><wordpress:wxr_version>1.1</wordpress:wxr_version>
            <item><title>Https namespace post</title><content:encoded><![CDATA[<p>Hello.</p>]]></content:encoded>
            <wordpress:post_id>43</wordpress:post_id><wordpress:post_type>post</wordpress:post_type></item>
            </channel></rss>
            """;

    @Test
    void theThemeUnitTestExportWithHttpsNamespacesImports() throws Exception {
        var file = SharedData.testData().resolve("wxr").resolve("themeunittestdata.wordpress.xml");
        String text = Files.readString(file);
        assertThat(text).contains("xmlns:wp=\"https://wordpress.org/export/1.2/\"");

        List<Post> posts = Formats.read(file.toString(), text, ReaderOptions.DEFAULT);

        assertThat(posts).hasSize(79);
        assertThat(Formats.detect("theme-test-data", text)).isEqualTo(Format.WXR);
    }

    @Test
    void httpsNamespacesUnderAnyPrefixAreAWordPressExportByNameAndByContent() throws Exception {
        for (String name : List.of("https-ns.xml", "https-ns")) {
            List<Post> posts = Formats.read(name, HTTPS_EXPORT, ReaderOptions.DEFAULT);

            assertThat(posts).as(name).extracting(Post::title, Post::body, Post::reference)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Https namespace post", "Hello.", "wp-example.org-43"));
        }
    }

    @Test
    void anXmlFileThatIsNotAnExportNamesTheLineOfItsRoot() {
        String atom = "<?xml version=\"1.0\"?>\n<!-- a feed\n  <rss> in a comment -->\n\n<feed\n"
                + "  xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>\n";

        PostFormatException e = catchThrowableOfType(PostFormatException.class,
                () -> Formats.read("feed.xml", atom, ReaderOptions.DEFAULT));

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).isEqualTo("an XML file that is not a WordPress export: the root element is <feed>,"
                + " expected <rss> (a WordPress WXR export)");
    }

    @Test
    void anRssFeedWithoutWordPressNamespacesIsNotTakenForAnExportByContent() {
        String rss = "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/2.0/\">\n<channel/></rss>\n";

        PostFormatException e = catchThrowableOfType(PostFormatException.class,
                () -> Formats.read("feed", rss, ReaderOptions.DEFAULT));

        assertThat(e.reason()).startsWith("not a format Review Desk reads");
    }

    @Test
    void xmlBrokenBeforeItsRootIsReportedByTheWxrReaderWithItsLine() {
        PostFormatException e = catchThrowableOfType(PostFormatException.class,
                () -> Formats.read("broken.xml", "<?xml version=\"1.0\"?>\n\n<rss <channel>", ReaderOptions.DEFAULT));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("malformed XML");
    }
}
