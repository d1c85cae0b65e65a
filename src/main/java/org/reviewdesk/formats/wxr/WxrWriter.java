package org.reviewdesk.formats.wxr;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * Writes posts as a WordPress eXtended RSS 1.2 export that WordPress's importer accepts: the body as HTML,
 * the stack as categories, and the whole meta box as JSON in the {@code review_desk_meta} post meta, so
 * that {@link WxrReader} gives back the same meta. Extra values that came from WordPress ({@code date},
 * {@code tags}, {@code author}, {@code post_type}, {@code postmeta.*}) go back to their WordPress places.
 * The output depends only on the posts, never on the clock.
 */
public final class WxrWriter implements PostWriter {
    /** A reserved name: an export that never says which real site it came from. */
    public static final String DEFAULT_SITE = "https://review-desk.invalid/";
    private static final Pattern WP_REFERENCE = Pattern.compile("wp-.+-(\\d+)");
    private static final Pattern WP_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), TaskListItemsExtension.create());

    private final String site;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    // WordPress turns a newline inside a paragraph into a line break, so soft breaks are written as spaces.
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).softbreak(" ").build();

    public WxrWriter() {
        this(DEFAULT_SITE);
    }

    /** @param site the address written as the export's site, such as {@code https://blog.example.org/} */
    public WxrWriter(String site) {
        URI uri = URI.create(site);
        if (uri.getHost() == null) throw new IllegalArgumentException("'" + site + "' is not a site address (expected https://host/)");
        this.site = site;
    }

    @Override
    public String write(Post post) {
        return writeAll(List.of(post));
    }

    @Override
    public String writeAll(List<Post> posts) {
        StringBuilder out = new StringBuilder(4096 + posts.size() * 6000);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n")
                .append("<!-- A WordPress eXtended RSS file written by Review Desk. -->\n")
                .append("<rss version=\"2.0\"\n")
                .append("\txmlns:excerpt=\"").append(WxrNamespace.EXCERPT_URI).append("\"\n")
                .append("\txmlns:content=\"").append(WxrNamespace.CONTENT_URI).append("\"\n")
                .append("\txmlns:wfw=\"").append(WxrNamespace.WFW_URI).append("\"\n")
                .append("\txmlns:dc=\"").append(WxrNamespace.DC_URI).append("\"\n")
                .append("\txmlns:wp=\"").append(WxrNamespace.WP_URI).append("\"\n>\n\n<channel>\n");
        element(out, 1, "title", "Review Desk export");
        element(out, 1, "link", site);
        element(out, 1, "description", "Posts exported from a Review Desk library");
        element(out, 1, "language", "en");
        element(out, 1, "wp:wxr_version", "1.2");
        element(out, 1, "wp:base_site_url", site);
        element(out, 1, "wp:base_blog_url", site);
        element(out, 1, "generator", "Review Desk");
        for (int i = 0; i < posts.size(); i++) item(out, posts.get(i), i + 1);
        return out.append("</channel>\n</rss>\n").toString();
    }

    private void item(StringBuilder out, Post post, int position) {
        Meta meta = post.meta();
        Map<String, Object> extra = meta.extra();
        out.append("\t<item>\n");
        cdataElement(out, "title", post.title());
        out.append("\t\t<guid isPermaLink=\"false\">")
                .append(XmlText.escape("review-desk:" + (meta.reference() == null ? "item-" + position : meta.reference())))
                .append("</guid>\n");
        if (extra.get("author") instanceof String author) cdataElement(out, "dc:creator", author);
        element(out, 2, "description", "");
        String html = XmlText.legalHtml(renderer.render(parser.parse(post.body())));
        cdataElement(out, "content:encoded", html);
        cdataElement(out, "excerpt:encoded", meta.summary() == null ? "" : meta.summary());
        element(out, 2, "wp:post_id", Integer.toString(postId(meta, position)));
        String date = postDate(meta);
        if (date != null) {
            cdataElement(out, "wp:post_date", date);
            cdataElement(out, "wp:post_date_gmt", date);
        }
        cdataElement(out, "wp:comment_status", "closed");
        cdataElement(out, "wp:ping_status", "closed");
        cdataElement(out, "wp:post_name", slug(post.title()));
        cdataElement(out, "wp:status", WxrStatus.toWordPress(meta.revisionOrEmpty().status()));
        element(out, 2, "wp:post_parent", "0");
        element(out, 2, "wp:menu_order", "0");
        cdataElement(out, "wp:post_type", "page".equals(extra.get("post_type")) ? "page" : "post");
        cdataElement(out, "wp:post_password", "");
        element(out, 2, "wp:is_sticky", "0");
        if (meta.stack() != null) meta.stack().forEach(name -> category(out, "category", name));
        values(extra.get("tags")).forEach(name -> category(out, "post_tag", name));
        extra.forEach((key, value) -> {
            if (key.startsWith("postmeta.") && !key.equals("postmeta." + WxrReader.REVIEW_DESK_META)) {
                values(value).forEach(v -> postMeta(out, key.substring("postmeta.".length()), v));
            }
        });
        postMeta(out, WxrReader.REVIEW_DESK_META, org.reviewdesk.formats.json.MetaJson.write(meta).toString());
        // The Markdown as written, valid only while the HTML is the one exported (WordPress edits win).
        postMeta(out, ExportedMarkdown.KEY, ExportedMarkdown.write(html, post.body()));
        out.append("\t</item>\n");
    }

    /** Keeps a WordPress post id that came from WordPress; numbers the others by position. */
    private static int postId(Meta meta, int position) {
        if (meta.reference() != null) {
            Matcher m = WP_REFERENCE.matcher(meta.reference());
            if (m.matches() && m.group(1).length() < 10) return Integer.parseInt(m.group(1));
        }
        return position;
    }

    private static String postDate(Meta meta) {
        if (meta.extra().get("date") instanceof String date && WP_DATE.matcher(date).matches()) return date;
        var reviewed = meta.revisionOrEmpty().lastReviewed();
        return reviewed == null ? null : reviewed + " 00:00:00";
    }

    private static List<String> values(Object value) {
        if (value == null) return List.of();
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        return List.of(String.valueOf(value));
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 190 ? slug.substring(0, 190) : slug;
    }

    private static void category(StringBuilder out, String domain, String name) {
        out.append("\t\t<category domain=\"").append(domain).append("\" nicename=\"").append(XmlText.escape(slug(name)))
                .append("\">").append(XmlText.cdata(name)).append("</category>\n");
    }

    private static void postMeta(StringBuilder out, String key, String value) {
        out.append("\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>").append(XmlText.cdata(key))
                .append("</wp:meta_key>\n\t\t\t<wp:meta_value>").append(XmlText.cdata(value))
                .append("</wp:meta_value>\n\t\t</wp:postmeta>\n");
    }

    private static void element(StringBuilder out, int depth, String name, String text) {
        out.append("\t".repeat(depth)).append('<').append(name).append('>').append(XmlText.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static void cdataElement(StringBuilder out, String name, String text) {
        out.append("\t\t<").append(name).append('>').append(XmlText.cdata(text)).append("</").append(name).append(">\n");
    }
}
