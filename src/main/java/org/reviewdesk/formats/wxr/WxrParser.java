package org.reviewdesk.formats.wxr;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reviewdesk.formats.PostFormatException;

/** One pass over the document with a StAX cursor. */
final class WxrParser {
    private final XMLStreamReader r;
    private final String fileName;

    WxrParser(XMLStreamReader r, String fileName) {
        this.r = r;
        this.fileName = fileName;
    }

    WxrChannel run() throws XMLStreamException, PostFormatException {
        nextStart();
        if (!r.getLocalName().equals("rss")) {
            throw new PostFormatException(fileName, line(),
                    "the document starts with <" + r.getLocalName() + ">, expected <rss> (a WordPress WXR export)");
        }
        WxrChannel channel = null;
        while (nextChild()) {
            if (r.getLocalName().equals("channel") && WxrNamespace.of(r.getNamespaceURI()) == WxrNamespace.NONE) {
                int channelLine = line();
                channel = channel();
                if (channel.wxrVersion == null) {
                    throw new PostFormatException(fileName, channelLine,
                            "the channel has no wp:wxr_version (expected a WordPress WXR export)");
                }
            } else {
                skip();
            }
        }
        if (channel == null) {
            throw new PostFormatException(fileName, line(), "no <channel> in <rss> (expected a WordPress WXR export)");
        }
        return channel;
    }

    private WxrChannel channel() throws XMLStreamException {
        WxrChannel c = new WxrChannel();
        while (nextChild()) {
            switch (name()) {
                case "item" -> c.items.add(item());
                case "link" -> c.link = text();
                case "wp:base_site_url" -> c.baseSiteUrl = text();
                case "wp:base_blog_url" -> c.baseBlogUrl = text();
                case "wp:wxr_version" -> c.wxrVersion = text();
                default -> skip();
            }
        }
        return c;
    }

    private WxrItem item() throws XMLStreamException {
        WxrItem item = new WxrItem(line());
        while (nextChild()) {
            switch (name()) {
                case "title" -> item.title = text();
                case "pubDate" -> item.pubDate = text();
                case "guid" -> item.guid = text();
                case "dc:creator" -> item.creator = text();
                case "content:encoded" -> item.content = text();
                case "excerpt:encoded" -> item.excerpt = text();
                case "wp:post_id" -> item.postId = text();
                case "wp:post_date" -> item.postDate = text();
                case "wp:status" -> item.status = text();
                case "wp:post_type" -> item.postType = text().strip();
                case "category" -> {
                    String domain = r.getAttributeValue(null, "domain");
                    String term = text().strip();
                    if (!term.isEmpty()) item.terms.add(new WxrItem.Term(domain == null ? "category" : domain, term));
                }
                case "wp:postmeta" -> postMeta(item);
                default -> skip();
            }
        }
        return item;
    }

    private void postMeta(WxrItem item) throws XMLStreamException {
        String key = null;
        String value = "";
        int valueLine = line();
        while (nextChild()) {
            switch (name()) {
                case "wp:meta_key" -> key = text();
                case "wp:meta_value" -> {
                    valueLine = line();
                    value = text();
                }
                default -> skip();
            }
        }
        if (key != null) item.postMeta.add(new WxrItem.PostMeta(key, value, valueLine));
    }

    /** The element's name with the prefix of its recognised namespace, whatever prefix the document used. */
    private String name() {
        String local = r.getLocalName();
        return switch (WxrNamespace.of(r.getNamespaceURI())) {
            case WP -> "wp:" + local;
            case EXCERPT -> "excerpt:" + local;
            case CONTENT -> "content:" + local;
            case DC -> "dc:" + local;
            case NONE -> local;
            case OTHER -> "?:" + local;
        };
    }

    private int line() {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }

    private void nextStart() throws XMLStreamException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // Comments and the prolog come before the root.
        }
    }

    /** Moves to the next child element of the current one; false at its end tag. */
    private boolean nextChild() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) return true;
            if (event == XMLStreamConstants.END_ELEMENT) return false;
        }
        return false;
    }

    /** All text inside the current element (child tags dropped), leaving the cursor on its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.append(r.getText());
                default -> {
                    // Comments and processing instructions are not content.
                }
            }
        }
        return out.toString();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }
}
