package org.reviewdesk.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one gate between a post's HTML (rendered Markdown and the raw HTML in it) and the preview. An allow list:
 * anything not named here is dropped, so a new trick in a post meets a closed door rather than a missing rule.
 * No script or style, no event handlers, no frames, objects, forms or meta; links only to http, https, mailto
 * and fragments; images only from http and https; inputs only as disabled task-list checkboxes.
 * Thread-safe: jsoup's Safelist and Cleaner are read-only once built.
 */
final class HtmlSanitizer {
    private static final String[] BLOCK_TAGS = {
        "p", "div", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "figure", "figcaption",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        // Sections keep their blocks apart: dropped, their words ran into each other ("AlphaBeta").
        "section", "article", "aside", "header", "footer", "nav", "address", "hgroup", "fieldset", "legend",
    };
    private static final String[] INLINE_TAGS = {
        "a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "img", "input", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "u", "var", "bdo", "bdi",
    };

    private static final Pattern LINE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private final Cleaner cleaner = new Cleaner(safelist());
    private final Set<String> reservedIds;

    /** @param reservedIds ids of the page itself, which an element of the post must not carry */
    HtmlSanitizer(Set<String> reservedIds) {
        this.reservedIds = Set.copyOf(reservedIds);
    }

    /** @return a new document holding only what the allow list keeps */
    Document clean(Document dirty) {
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element input : clean.body().select("input")) {
            if (!isTaskCheckbox(input)) input.remove();
        }
        // A folded <details> hides its words from the reviewer until a click: the preview shows every word, so opens it.
        for (Element details : clean.body().select("details")) details.attr("open", "");
        for (Element withId : clean.body().select("[id]")) {
            if (reservedIds.contains(withId.id())) withId.removeAttr("id");
        }
        // Raw HTML may carry its own data-line; keep only values that can be a line, so that the window's
        // mapping between editor and preview never meets garbage.
        for (Element withLine : clean.body().select("[" + PreviewDom.LINE_ATTRIBUTE + "]")) {
            if (!LINE_NUMBER.matcher(withLine.attr(PreviewDom.LINE_ATTRIBUTE)).matches()) {
                withLine.removeAttr(PreviewDom.LINE_ATTRIBUTE);
            }
        }
        return clean;
    }

    private static boolean isTaskCheckbox(Element input) {
        return input.attr("type").equalsIgnoreCase("checkbox") && input.hasAttr("disabled");
    }

    private static Safelist safelist() {
        Safelist safelist = new Safelist()
                .addTags(BLOCK_TAGS)
                .addTags(INLINE_TAGS)
                .addAttributes(":all", "class", "id", PreviewDom.LINE_ATTRIBUTE, "title", "lang", "dir")
                .addAttributes("a", "href")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer")
                .addAttributes("img", "src", "alt", "width", "height")
                .addProtocols("img", "src", "http", "https")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("ol", "start", "reversed")
                .addAttributes("details", "open")
                .addAttributes("th", "align", "colspan", "rowspan")
                .addAttributes("td", "align", "colspan", "rowspan");
        for (String aligned : new String[] {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6"}) {
            safelist.addAttributes(aligned, "align");
        }
        return safelist;
    }
}
