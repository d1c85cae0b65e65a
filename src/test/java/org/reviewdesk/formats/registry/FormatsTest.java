package org.reviewdesk.formats.registry;

import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.registry.Formats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.formats.json.JsonPostReader;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterReader;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter;
import org.reviewdesk.formats.social.SocialFeedReader;

class FormatsTest {
    private static final String WXR_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\"\n"
            + "  xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel></channel></rss>";

    @Test
    void theMetaLineIsFoundExactlyWhereTheExpressionFindsIt() {
        String[] parts = {"alphanode post meta", "alphanode post meta", "x", " ", "\t", "\n", "\r", "\r\n", "\u2028",
            "\u0085", "\u00a0", "title", "alphanode post met"};
        java.util.Random random = new java.util.Random(5);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) sb.append(parts[random.nextInt(parts.length)]);
            String text = sb.toString();
            assertThat(Formats.hasAlphanodeMeta(text)).as("[%s]", text.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(Formats.ALPHANODE_META.matcher(text).find());
        }
    }

    @Test
    void byExtension() throws Exception {
        assertThat(Formats.detect("posts.JSON", "anything")).isEqualTo(Format.JSON);
        assertThat(Formats.detect("post.md", "---\ntitle: t\n---\n")).isEqualTo(Format.MARKDOWN);
        assertThat(Formats.detect("post.markdown", "# no front matter")).isEqualTo(Format.MARKDOWN);
        assertThat(Formats.detect("export.xml", WXR_HEAD)).isEqualTo(Format.WXR);
    }

    @Test
    void byContent() throws Exception {
        assertThat(Formats.detect("page.txt", "|\n\ntitle\n\nbody\n\nalphanode post meta\n\nreferencer")).isEqualTo(Format.ALPHANODE);
        assertThat(Formats.detect("feed.txt", "post\ntitle\nMore Relevant Posts\n-\n")).isEqualTo(Format.SOCIAL);
        assertThat(Formats.detect("feed.txt", "post\nTo view or add a comment, sign in")).isEqualTo(Format.SOCIAL);
        assertThat(Formats.detect("dump", "  [{\"title\": \"t\"}]")).isEqualTo(Format.JSON);
        assertThat(Formats.detect("post.txt", "---\ntitle: t\n---\nbody")).isEqualTo(Format.MARKDOWN);
        assertThat(Formats.detect("export", WXR_HEAD)).isEqualTo(Format.WXR);
    }

    @Test
    void anUnknownTextNamesEveryFormatTried() {
        assertThatThrownBy(() -> Formats.detect("notes.txt", "just some notes\nabout nothing"))
                .isInstanceOfSatisfying(PostFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("notes.txt");
                    assertThat(e.reason()).contains("json", "markdown", "wxr", "alphanode post meta", "More Relevant Posts");
                });
        assertThatThrownBy(() -> Formats.detect("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))
                .hasMessageContaining("feed.xml:1: an XML file that is not a WordPress export");
    }

    @Test
    void eachFormatHasItsReaderAndWriter() {
        assertThat(Formats.reader(Format.ALPHANODE, ReaderOptions.DEFAULT)).isInstanceOf(AlphanodeTextReader.class);
        assertThat(Formats.reader(Format.SOCIAL, ReaderOptions.DEFAULT)).isInstanceOf(SocialFeedReader.class);
        assertThat(Formats.reader(Format.MARKDOWN, ReaderOptions.DEFAULT)).isInstanceOf(MarkdownFrontMatterReader.class);
        assertThat(Formats.reader(Format.JSON, ReaderOptions.DEFAULT)).isInstanceOf(JsonPostReader.class);
        assertThat(Formats.writer(Format.ALPHANODE)).isInstanceOf(AlphanodeTextWriter.class);
        assertThat(Formats.writer(Format.MARKDOWN)).isInstanceOf(MarkdownFrontMatterWriter.class);
        assertThat(Formats.writer(Format.JSON)).isInstanceOf(JsonPostWriter.class);
    }

    @Test
    void theSocialScrapeCannotBeWrittenAndWxrIsBothWays() {
        assertThatThrownBy(() -> Formats.writer(Format.SOCIAL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("social feed scrape can be imported but not written");
        assertThat(Formats.writer(Format.WXR)).isInstanceOf(org.reviewdesk.formats.wxr.WxrWriter.class);
        assertThat(Formats.reader(Format.WXR, ReaderOptions.DEFAULT)).isInstanceOf(org.reviewdesk.formats.wxr.WxrReader.class);
    }
}
