package org.reviewdesk.formats.wxr;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.PostReader;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Revision;

/**
 * Reads a WordPress eXtended RSS export (WXR 1.0 to 1.2). Items of type {@code post} and {@code page} become
 * posts; attachments, menu items, blocks and items without a type are skipped, as the WordPress importer
 * rejects a missing type too.
 *
 * <p>A post gets its title, its content as Markdown, its status, categories as {@code stack}, and in
 * {@code extra}: {@code date}, {@code tags}, {@code author}, {@code post_type} (pages only), other taxonomies as
 * {@code terms.<taxonomy>} and every post meta as {@code postmeta.<key>} with the raw value as written (often
 * PHP-serialized). Its reference is {@code wp-<site host>-<post id>}. When the item carries a
 * {@code review_desk_meta} post meta (written by {@link WxrWriter}), that meta box wins.
 *
 * <p>The parser processes no DTD, so no external entity is fetched and no entity is expanded (XXE).
 */
public final class WxrReader implements PostReader {
    static final String REVIEW_DESK_META = "review_desk_meta";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Our own export's Markdown, when the HTML beside it is still the one it was exported with. */
    private static String exportedMarkdown(WxrItem item) {
        for (WxrItem.PostMeta pm : item.postMeta) {
            if (pm.key().equals(ExportedMarkdown.KEY)) {
                String markdown = ExportedMarkdown.read(pm.value(), item.content);
                if (markdown != null) return markdown;
            }
        }
        return null;
    }

    @Override
    public List<Post> read(String text, String fileName) throws PostFormatException {
        String xml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(xml));
            WxrChannel channel = new WxrParser(reader, fileName).run();
            List<Post> posts = new ArrayList<>();
            for (WxrItem item : channel.items) {
                if (item.postType.equals("post") || item.postType.equals("page")) {
                    posts.add(toPost(item, channel.host(), fileName));
                }
            }
            return posts;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new PostFormatException(fileName, line,
                    "malformed XML, " + parserMessage(e) + " (expected a well-formed WordPress WXR export)", e);
        } finally {
            close(reader);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The JDK parser prefixes "ParseError at [row,col]:[l,c] Message:"; the line is reported separately. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    static void close(XMLStreamReader reader) {
        if (reader == null) return;
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Closing a string-backed reader frees nothing that matters.
        }
    }

    private Post toPost(WxrItem item, String host, String fileName) throws PostFormatException {
        String exported = exportedMarkdown(item);
        String body = org.reviewdesk.formats.SourceText.normalizeLineEnds(
                exported != null ? exported : HtmlToMarkdown.convert(WpAutoP.apply(item.content)));
        for (WxrItem.PostMeta pm : item.postMeta) {
            if (pm.key().equals(REVIEW_DESK_META)) {
                try {
                    // Our own export writes the title exactly, in CDATA; WordPress trims a title when it saves one.
                    return new Post(item.title, body, org.reviewdesk.formats.json.MetaJson.read(JSON.readTree(pm.value()), ""));
                } catch (com.fasterxml.jackson.core.JsonProcessingException | org.reviewdesk.formats.json.JsonFieldException
                         | IllegalArgumentException e) {
                    throw new PostFormatException(fileName, pm.line(),
                            REVIEW_DESK_META + " is not a Review Desk meta box: " + e.getMessage(), e);
                }
            }
        }
        return new Post(item.title.strip(), body, metaFromWordPress(item, host));
    }

    private static Meta metaFromWordPress(WxrItem item, String host) {
        Meta.Builder meta = Meta.builder().reference(reference(item, host));
        if (!item.status.isBlank()) meta.revision(Revision.EMPTY.withStatus(WxrStatus.toReview(item.status.strip())));
        if (!item.excerpt.isBlank()) meta.summary(Jsoup.parseBodyFragment(item.excerpt).text());

        List<String> categories = new ArrayList<>();
        Map<String, List<String>> otherTerms = new LinkedHashMap<>();
        for (WxrItem.Term term : item.terms) {
            if (term.domain().equals("category")) categories.add(term.name());
            else otherTerms.computeIfAbsent(term.domain().equals("post_tag") ? "tags" : "terms." + term.domain(),
                    k -> new ArrayList<>()).add(term.name());
        }
        if (!categories.isEmpty()) meta.stack(categories);

        Map<String, Object> extra = new LinkedHashMap<>();
        String date = item.postDate.isBlank() ? item.pubDate : item.postDate;
        if (!date.isBlank()) extra.put("date", date.strip());
        extra.putAll(otherTerms);
        if (!item.creator.isBlank()) extra.put("author", item.creator.strip());
        if (item.postType.equals("page")) extra.put("post_type", "page");
        for (WxrItem.PostMeta pm : item.postMeta) {
            if (!pm.key().equals(ExportedMarkdown.KEY)) addValue(extra, "postmeta." + pm.key(), pm.value());
        }
        return meta.extra(extra).build();
    }

    /** A key WordPress repeats (an enclosure, say) keeps every value, as a list. */
    @SuppressWarnings("unchecked")
    private static void addValue(Map<String, Object> extra, String key, String value) {
        Object old = extra.get(key);
        if (old == null) {
            extra.put(key, value);
        } else if (old instanceof List<?> list) {
            ((List<String>) list).add(value);
        } else {
            extra.put(key, new ArrayList<>(List.of((String) old, value)));
        }
    }

    /** Stable across imports of the same site; an item without an id falls back to a hash of what it has. */
    private static String reference(WxrItem item, String host) {
        String id = item.postId.strip();
        if (id.isEmpty()) {
            id = "x" + Integer.toHexString((item.guid + "\n" + item.title + "\n" + item.postDate).hashCode());
        }
        return "wp-" + host + "-" + id;
    }
}
