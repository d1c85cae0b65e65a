package org.reviewdesk.formats.wxr;

import java.io.StringReader;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The root element of an XML text, found without reading the rest: its name, the line its start tag opens on, and
 * whether it declares one of WordPress's export namespaces (http or https, export 1.x) under any prefix. The
 * namespaces are the document's own declarations as the XML parser reads them, not a pattern over the text.
 *
 * @param name the root's local name
 * @param line the 1-based line of its {@code <}
 * @param declaresWordPress whether the root declares {@code wordpress.org/export/1.x/}
 */
public record WxrRoot(String name, int line, boolean declaresWordPress) {

    /** The root of {@code text}, or null when the text is not XML as far as its root element. */
    public static WxrRoot of(String text) {
        String xml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        XMLStreamReader r = null;
        try {
            r = WxrReader.factory().createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return new WxrRoot(r.getLocalName(), lineOf(xml, rootStart(xml)), declaresWordPress(r));
                }
            }
            return null;
        } catch (XMLStreamException e) {
            return null;
        } finally {
            WxrReader.close(r);
        }
    }

    /** An {@code <rss>} root declaring WordPress's export namespace: what every WordPress export opens with. */
    public boolean isExport() {
        return name.equals("rss") && declaresWordPress;
    }

    /** What is missing for the root of a WordPress export, for a message. */
    public String problem() {
        if (!name.equals("rss")) return "the root element is <" + name + ">, expected <rss> (a WordPress WXR export)";
        return "<rss> declares no WordPress export namespace (expected xmlns:wp=\"http://wordpress.org/export/1.2/\""
                + " or another export 1.x, over http or https)";
    }

    private static boolean declaresWordPress(XMLStreamReader r) {
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            if (WxrNamespace.of(r.getNamespaceURI(i)) == WxrNamespace.WP) return true;
        }
        return false;
    }

    /**
     * Where the root's {@code <} is: the first one that does not open the XML declaration, a processing instruction,
     * a comment or the DOCTYPE (whose internal subset holds only {@code <!…>} and {@code <?…?>} declarations).
     * Called once the parser has found a root, so the prolog before it is well-formed.
     */
    static int rootStart(String xml) {
        int at = xml.indexOf('<');
        while (at >= 0) {
            if (xml.startsWith("<!--", at)) at = after(xml, "-->", at);
            else if (xml.startsWith("<?", at)) at = after(xml, "?>", at);
            else if (xml.startsWith("<!", at)) at = after(xml, ">", at);
            else return at;
            at = at < 0 ? -1 : xml.indexOf('<', at);
        }
        return 0;
    }

    private static int after(String xml, String end, int from) {
        int at = xml.indexOf(end, from + 2);
        return at < 0 ? -1 : at + end.length();
    }

    /** The 1-based line of {@code index}, counting CR LF, LF and a lone CR as one line end each, as XML does. */
    static int lineOf(String xml, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = xml.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= xml.length() || xml.charAt(i + 1) != '\n')) line++;
        }
        return line;
    }
}
