package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Says in the preview what the published page has there that the preview does not show: a frame, a video, an
 * embedded object, a form and its fields, a redirect, a {@code <base>} or a style sheet it loads. The sanitizer drops
 * all of them (the preview loads nothing from a post), and without a word in their place the reviewer would never
 * know the page holds them. Each becomes a visible note naming what it is and where it comes from, with no address
 * left in an attribute a browser would fetch; a fallback inside it (shown only where the thing cannot play) is kept,
 * marked. Runs on a block's HTML before the sanitizer; the {@code embedded-content} check reports the same.
 */
final class EmbedMarks {
    static final String EMBED_CLASS = "rd-embed";
    private static final String SELECTOR = "video, audio, object, embed, applet, frame, portal, meta, base, link, form, input";

    private EmbedMarks() {
    }

    /** Replaces or labels each such element of a parsed block. */
    static void apply(Document document) {
        for (Element element : new ArrayList<>(document.body().select(SELECTOR))) {
            if (element.parent() == null) continue;
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            switch (tag) {
                case "video", "audio" -> media(element, tag.equals("video") ? "Video" : "Audio", "played");
                case "object", "embed", "applet" -> media(element, "Embedded object", "loaded");
                case "portal", "frame" -> media(element, "Frame", "loaded");
                case "meta" -> meta(element);
                case "base" -> {
                    if (element.hasAttr("href")) {
                        note(element, "A <base>: every relative link and image of the published page points to "
                                + address(element.attr("href")));
                    } else {
                        element.remove();
                    }
                }
                case "link" -> note(element, "A <link rel=\"" + element.attr("rel").strip() + "\">: the published page loads "
                        + address(element.attr("href")) + (isStyleSheet(element) ? ", a style sheet the preview does not apply" : ""));
                case "form" -> element.prependChild(embed("A form: what the reader types in it is sent to "
                        + (element.attr("action").isBlank() ? "this page" : address(element.attr("action"))), element));
                default -> input(element);
            }
        }
    }

    /**
     * The note for a frame the published page shows ({@link HiddenMarks} renames an iframe before it gets here); a frame
     * that holds a page of its own (srcdoc, or a data: address) has that page's words in the note, since readers see them.
     */
    static Element frame(Element iframe) {
        java.util.Optional<String> own = WebAddress.framePage(iframe.attr("srcdoc"), iframe.attr("src"));
        if (own.isPresent()) return embed("Frame with a page of its own, whose words the published page shows: " + own.get(), iframe);
        return embed("Frame \u2014 " + where(iframe.attr("src")) + ": not loaded in the preview", iframe);
    }


    /** The note for a script, which the published page runs and the preview never does. */
    static Element script(Element script) {
        String from = script.hasAttr("src") ? "from " + where(script.attr("src")) : "written in the post";
        return embed("A script " + from + ": the published page runs it; the preview runs none", script);
    }

    private static void media(Element element, String what, String verb) {
        String src = element.hasAttr("src") ? element.attr("src") : element.hasAttr("data") ? element.attr("data") : "";
        Element source = element.selectFirst("source[src]");
        if (src.isBlank() && source != null) src = source.attr("src");
        element.before(embed(what + " \u2014 " + where(src) + ": not " + verb + " in the preview", element));
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (element.text().isBlank()) {
            element.remove();
        } else {
            element.tagName("span").clearAttributes().addClass(HiddenMarks.HIDDEN_CLASS)
                    .prependChild(new Element("span").addClass(HiddenMarks.LABEL_CLASS)
                            .text("inside <" + tag + ">: shown only where it cannot be " + verb));
        }
    }

    private static void meta(Element element) {
        if (!element.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
            element.remove();
            return;
        }
        note(element, HiddenHtml.refreshTarget(element.attr("content"))
                .map(target -> "A <meta> refresh: the published page sends its reader to " + address(target))
                .orElse("A <meta> refresh: the published page reloads itself"));
    }

    private static void input(Element input) {
        String type = input.attr("type").strip().toLowerCase(Locale.ROOT);
        if (type.equals("checkbox") && input.hasAttr("disabled")) return; // a task list's box, kept by the sanitizer
        String value = input.attr("value").strip();
        String placeholder = input.attr("placeholder").strip();
        String label = switch (type) {
            case "submit", "button", "reset", "image" -> "button: " + (value.isEmpty() ? type : value);
            case "password" -> "password field";
            case "hidden" -> "hidden field: " + value;
            case "checkbox", "radio" -> type + (input.hasAttr("checked") ? ", ticked" : "");
            default -> (type.isEmpty() ? "text" : type) + " field" + (value.isEmpty() ? "" : ": " + value)
                    + (placeholder.isEmpty() ? "" : " (" + placeholder + ")");
        };
        Element mark = new Element("span").addClass(EMBED_CLASS).text("[" + label + "]");
        if (type.equals("hidden")) mark.addClass(HiddenMarks.HIDDEN_CLASS);
        input.replaceWith(mark);
    }

    private static void note(Element element, String text) {
        element.replaceWith(embed(text, element));
    }

    /** A note in the place of {@code at}: a block of its own between blocks, else a span in the line. */
    static Element embed(String text, Element at) {
        boolean between = at.parent() == null || at.parent().tagName().equals("body");
        Element note = new Element(between ? "div" : "span").addClass(EMBED_CLASS);
        // Its text ends in white space, so that its words never run into those of the next block.
        note.appendChild(new TextNode(text + "\n"));
        return note;
    }

    private static boolean isStyleSheet(Element link) {
        return link.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet");
    }

    /** An address as a note names it: its host, or what it is when it has none. */
    private static String where(String src) {
        String s = src.strip();
        if (s.isEmpty()) return "no address";
        String host = WebAddress.host(s);
        if (!host.isEmpty()) return host;
        return WebAddress.cut(s, 60);
    }

    /** An address written out in a note (a redirect, a form's target), cut when long. */
    private static String address(String href) {
        String s = href.strip();
        if (s.isEmpty()) return "no address";
        return WebAddress.cut(s, 80);
    }
}
