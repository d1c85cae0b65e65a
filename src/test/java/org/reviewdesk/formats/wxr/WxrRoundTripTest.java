package org.reviewdesk.formats.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class WxrRoundTripTest {
    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    @Test
    void synthesizedPostsComeBackWithTheSameTitleBodyAndMeta() throws Exception {
        List<Post> posts = new PostSynthesizer(77).generate(300);
        List<Post> back = new WxrReader().read(new WxrWriter().writeAll(posts), "export.xml");

        assertThat(back).hasSize(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            assertThat(back.get(i).title()).isEqualTo(posts.get(i).title());
            assertThat(back.get(i).body()).as(posts.get(i).reference()).isEqualTo(posts.get(i).body());
            assertThat(back.get(i).meta()).isEqualTo(posts.get(i).meta());
        }
    }

    @Test
    void theExportIsAWxr12DocumentWordPressUnderstands() throws Exception {
        Post post = new PostSynthesizer(78).post(4);
        Document doc = parse(new WxrWriter("https://blog.example.org/").write(post));

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(text(doc.getDocumentElement(), WP, "wxr_version")).isEqualTo("1.2");
        NodeList items = doc.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(1);
        Element item = (Element) items.item(0);
        assertThat(text(item, WP, "post_type")).isEqualTo("post");
        assertThat(text(item, WP, "post_id")).isEqualTo("1");
        assertThat(text(item, WP, "status")).isIn("draft", "pending", "publish");
        assertThat(text(item, "http://purl.org/rss/1.0/modules/content/", "encoded"))
                .startsWith("<p>").contains("<h2>implementation checklist</h2>").contains("<ul>\n<li>");
        NodeList categories = item.getElementsByTagName("category");
        assertThat(categories.getLength()).isEqualTo(post.meta().stack().size());
        assertThat(categories.item(0).getTextContent()).isEqualTo(post.meta().stack().get(0));
        assertThat(text(item, WP, "meta_key")).isEqualTo("review_desk_meta");
        assertThat(text(item, WP, "meta_value")).startsWith("{\"topic\":");
    }

    @Test
    void textThatXmlCannotHoldPlainlyStillSurvives() throws Exception {
        Meta meta = Meta.builder().reference("r-1").summary("ends with ]]> and <b>tags</b> & ampersands")
                .putExtra("postmeta._custom", "a:1:{i:0;s:3:\"]]>\";}").build();
        Post post = new Post("title with ]]> and ü 🚀 \u202Eright to left", "a paragraph with ]]> inside.\n\n```\nx ]]> y\n```", meta);

        Post back = new WxrReader().read(new WxrWriter().write(post), "odd.xml").get(0);

        assertThat(back).isEqualTo(post);
    }

    /** A form feed pasted from a PDF, beside a table that only the Markdown keeps as a table. */
    private static final String FORM_FEED_BODY = "Intro *emphasis* and **bold**.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n"
            + "```python\nprint(1)\n```\n\n- item one\n- item two\n\nA line with a form feed \f pasted from a PDF.";

    @Test
    void aControlCharacterInTheBodyNoLongerLosesTheMarkdown() throws Exception {
        Meta meta = Meta.builder().reference("cc-1").summary("a summary").stack(List.of("pdf")).build();
        Post post = new Post("Control char", FORM_FEED_BODY, meta);
        String xml = new WxrWriter().write(post);

        Post back = new WxrReader().read(xml, "cc.xml").get(0);

        assertThat(back).isEqualTo(post);
        String html = text((Element) parse(xml).getElementsByTagName("item").item(0), CONTENT, "encoded");
        assertThat(html).contains("<table>", "<td>1</td>", "a form feed   pasted").doesNotContain("\f");
    }

    @Test
    void everyCharacterXmlCannotHoldComesBackWhereItWas() throws Exception {
        String body = "bell \u0007 vt \u000b nul \u0000 ff \f escape \u001b, a lone \uD800 surrogate, \uFFFE,\n\n"
                + "a replacement character \uFFFD written as such, and \uD83D\uDE80 a rocket.";
        Post post = new Post("Edge 6 control chars", body, Meta.builder().reference("edge-ref-6").build());

        Post back = new WxrReader().read(new WxrWriter().write(post), "edge.xml").get(0);

        assertThat(back.body()).isEqualTo(body);
        assertThat(back).isEqualTo(post);
    }

    @Test
    void aPostWithAControlCharacterEditedInWordPressIsReadFromItsNewHtml() throws Exception {
        Post post = new Post("Control char", FORM_FEED_BODY, Meta.builder().reference("cc-1").build());
        String xml = new WxrWriter().write(post).replace("<td>1</td>", "<td>one</td>");

        Post back = new WxrReader().read(xml, "edited.xml").get(0);

        assertThat(back.body()).contains("one").doesNotContain("\f");
    }

    @Test
    void aTitleWithSpacesAroundItComesBackWithThemAndAWordPressTitleIsStillTrimmed() throws Exception {
        Post post = new Post("  Title with spaces & <tags> \"q\"  ", "Body.", Meta.builder().reference("edge-ref-4").build());
        String xml = new WxrWriter().write(post);

        assertThat(new WxrReader().read(xml, "ours.xml").get(0)).isEqualTo(post);
        String wordPress = xml.replaceAll("(?s)<wp:postmeta>.*?</wp:postmeta>", "");
        assertThat(new WxrReader().read(wordPress, "theirs.xml").get(0).title()).isEqualTo("Title with spaces & <tags> \"q\"");
    }

    @Test
    void wordPressFieldsGoBackToTheirPlaces() throws Exception {
        Meta meta = Meta.builder().reference("wp-blog.example.org-42").stack(List.of("News"))
                .putExtra("date", "2020-02-03 04:05:06").putExtra("tags", List.of("one", "two"))
                .putExtra("post_type", "page").putExtra("postmeta._wp_page_template", "default").build();
        String xml = new WxrWriter().write(new Post("About", "Hello.", meta));
        Element item = (Element) parse(xml).getElementsByTagName("item").item(0);

        assertThat(text(item, WP, "post_id")).isEqualTo("42");
        assertThat(text(item, WP, "post_date")).isEqualTo("2020-02-03 04:05:06");
        assertThat(text(item, WP, "post_type")).isEqualTo("page");
        assertThat(xml).contains("<category domain=\"post_tag\" nicename=\"two\"><![CDATA[two]]></category>")
                .contains("<wp:meta_key><![CDATA[_wp_page_template]]></wp:meta_key>");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Element parent, String ns, String local) {
        return parent.getElementsByTagNameNS(ns, local).item(0).getTextContent();
    }
}
