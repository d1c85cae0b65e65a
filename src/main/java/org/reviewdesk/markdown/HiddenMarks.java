package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Shows the reviewer what the published page would hide, marked as hidden, instead of hiding it too. Runs on a
 * block's HTML before the sanitizer, which then drops the styles and attributes that hid it.
 *
 * <p>An element that makes the HTML parser read everything after it as raw text ({@code <style>},
 * {@code <textarea>}, {@code <plaintext>} …) or switch to foreign content ({@code <math>}, {@code <svg>}) is
 * renamed before parsing, so that its content is parsed as ordinary HTML and no tag of it can swallow the
 * text that follows. The sanitizer would drop those elements anyway; renamed, they lose their power over the
 * parser and keep their text.
 */
final class HiddenMarks {
    static final String HIDDEN_CLASS = "rd-hidden";
    static final String LABEL_CLASS = "rd-hidden-label";
    static final String RENAMED = "rdx-";

    private static final Pattern SWALLOWING_TAG = Pattern.compile(
            "<(/?)(" + String.join("|", names()) + ")(?=[\\s/>]|$)", Pattern.CASE_INSENSITIVE);

    /** What a block's HTML holds when it may hide anything; commonmark's own HTML never does. */
    private static final Pattern MAY_HIDE = Pattern.compile("style|hidden|class=|popover|<font|<bdo|<!|<\\?|<template|<dialog"
            + "|<datalist|<canvas|<meter|<progress|<annotation|<desc|<metadata|<text|<tspan|<g[\\s>]|<meta|<" + RENAMED,
            Pattern.CASE_INSENSITIVE);

    private HiddenMarks() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(HiddenHtml.SWALLOWING_TAGS);
        // The parser reads a <template>'s content as HTML already, within a scope of its own: a <p> inside it does not
        // end the paragraph around it, as it would end a renamed element's, spilling the template's words out unmarked.
        names.remove("template");
        names.addAll(HiddenHtml.FOREIGN_TAGS);
        // A <select> drops every tag but its options' and keeps the text: the page shows its options, never the rest.
        names.add(HiddenHtml.SELECT);
        names.sort(null);
        return names;
    }

    /** A tag of the post that looks renamed already: it would get the label of the tag it imitates. */
    private static final Pattern FORGED = Pattern.compile("<(/?)" + RENAMED, Pattern.CASE_INSENSITIVE);

    /** The HTML with every swallowing or foreign tag renamed, so that the parser reads their content as HTML. */
    static String defuse(String html) {
        if (html.indexOf('<') < 0) return html;
        String own = FORGED.matcher(html).replaceAll("<$1x-" + RENAMED);
        return SWALLOWING_TAG.matcher(own).replaceAll("<$1" + RENAMED + "$2");
    }

    /**
     * True when {@link #apply} may find anything in this (defused) HTML.
     *
     * @param rawHtml whether the post's raw HTML is in it; without, only invisible characters can hide anything
     */
    static boolean mayHide(String html, boolean rawHtml) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (HiddenHtml.isZeroWidth(c) || HiddenHtml.isBidiControl(c)) return true;
            int hiddenEnd = HiddenCharacters.runEnd(html, i);
            if (hiddenEnd > i && !HiddenCharacters.isFlagSequence(html, i, hiddenEnd)) return true;
            if (hiddenEnd > i) i = hiddenEnd - 1;
        }
        return rawHtml && MAY_HIDE.matcher(html).find();
    }

    /**
     * Marks the hidden text of a parsed block, and unwraps what {@link #defuse} renamed.
     *
     * @param styles what the post's own style sheets hide, which the preview does not apply
     */
    static void apply(Document document, PostStyles styles) {
        for (Element element : new ArrayList<>(document.body().getAllElements())) {
            if (element.parent() == null) continue; // unwrapped by a list it ended (selectList)
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            if (tag.startsWith(RENAMED)) {
                renamed(element, tag.substring(RENAMED.length()));
            } else if (tag.equals("template")) {
                renamed(element, tag);
            } else {
                marked(element, tag, styles);
            }
        }
        List<Comment> comments = new ArrayList<>();
        List<TextNode> texts = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof Comment comment) comments.add(comment);
            if (node instanceof TextNode text) texts.add(text);
        });
        for (TextNode text : texts) invisibleCharacters(text);
        for (Comment comment : comments) {
            String text = comment.getData();
            if (HiddenHtml.isProse(text)) {
                comment.replaceWith(marked("an HTML comment: not shown on the published page", text));
            } else {
                comment.remove();
            }
        }
    }

    /** An element the page shows reversed, shown reversed and labelled; one the page hides, marked with the reason. */
    private static void marked(Element element, String tag, PostStyles styles) {
        if (tag.equals("meta") && HiddenHtml.isProse(element.attr("content"))) {
            element.before(marked("the content of a <meta> tag: not shown on the published page", element.attr("content")));
            return;
        }
        // Reversed on the published page: shown reversed here too (the sanitizer keeps <bdo>, not the style).
        HiddenHtml.overriddenDirection(element).ifPresent(dir -> {
            element.tagName("bdo").attr("dir", dir);
            // The label goes before it: inside, it would be reversed too.
            if (dir.equals("rtl") && !element.text().isBlank()) {
                element.before(new Element("span").addClass(LABEL_CLASS)
                        .text("shown backwards on the published page; a machine reads it the other way:"));
            }
        });
        Optional<String> reason = HiddenHtml.hidingReason(element)
                .or(() -> styles.hiding(element).map(PostStyles.HidingRule::described))
                .or(() -> DrawingHiding.neverDrawn(element));
        if (reason.isPresent() && !element.text().isBlank()) {
            // The sanitizer drops <font> and the like, and the mark with them: a span (a div around blocks) keeps it.
            if (tag.equals("font") || HiddenHtml.HIDING_ELEMENTS.contains(tag) || DrawingHiding.TAGS.contains(tag)
                    || HiddenHtml.OPTION_TAGS.contains(tag)) {
                element.tagName(element.children().stream().anyMatch(Element::isBlock) ? "div" : "span").removeAttr("color");
            }
            element.addClass(HIDDEN_CLASS).prependChild(label("hidden on the published page: " + reason.get()));
        }
    }

    /**
     * Writes each bidirectional control, and each zero-width character inside a word, as a marked code point, and each
     * run of hidden characters as one mark saying what it spells: the reader of the published page would see the text
     * reordered, one word where a machine reads two, or nothing where a machine reads a message.
     */
    private static void invisibleCharacters(TextNode node) {
        String text = node.getWholeText();
        List<Node> pieces = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int hiddenEnd = HiddenCharacters.runEnd(text, i);
            if (HiddenHtml.isZeroWidth(c)) {
                // A run is in a word or not as a whole: asked once, so that a long run is not walked at each character.
                int runEnd = HiddenCharacters.zeroWidthRunEnd(text, i);
                if (HiddenHtml.isZeroWidthInWord(text, i)) {
                    if (i > from) pieces.add(new TextNode(text.substring(from, i)));
                    for (int j = i; j < runEnd; j++) pieces.add(mark(text.charAt(j), "invisible"));
                    from = runEnd;
                }
                i = runEnd;
            } else if (hiddenEnd > i && HiddenCharacters.isFlagSequence(text, i, hiddenEnd)) {
                i = hiddenEnd;
            } else if (hiddenEnd > i) {
                if (i > from) pieces.add(new TextNode(text.substring(from, i)));
                String what = HiddenCharacters.describe(text.substring(i, hiddenEnd));
                pieces.add(new Element("span").addClass(HIDDEN_CLASS).addClass(LABEL_CLASS)
                        .attr("title", what + ": nothing on the published page").text(what));
                from = hiddenEnd;
                i = hiddenEnd;
            } else {
                if (HiddenHtml.isBidiControl(c)) {
                    if (i > from) pieces.add(new TextNode(text.substring(from, i)));
                    pieces.add(mark(c, "reorders the text"));
                    from = i + 1;
                }
                i++;
            }
        }
        if (pieces.isEmpty()) return;
        if (from < text.length()) pieces.add(new TextNode(text.substring(from)));
        for (Node piece : pieces) node.before(piece);
        node.remove();
    }

    private static Element mark(char c, String kind) {
        return new Element("span").addClass(HIDDEN_CLASS).addClass(LABEL_CLASS)
                .attr("title", String.format(Locale.ROOT, "U+%04X: %s on the published page", (int) c, kind))
                .text(String.format(Locale.ROOT, "U+%04X", (int) c));
    }

    private static void renamed(Element element, String name) {
        if (name.equals("iframe")) element.before(EmbedMarks.frame(element));
        if (name.equals("script")) element.before(EmbedMarks.script(element));
        if (name.equals(HiddenHtml.SELECT)) {
            SwallowedMarks.selectList(element);
        } else if (HiddenHtml.FOREIGN_TAGS.contains(name)) {
            Optional<String> hiding = HiddenHtml.hidingReason(element.clone().tagName(name));
            if (hiding.isEmpty() || element.text().isBlank()) {
                element.unwrap();
            } else {
                boolean blocks = element.children().stream().anyMatch(Element::isBlock);
                element.tagName(blocks ? "div" : "span").clearAttributes().addClass(HIDDEN_CLASS)
                        .prependChild(label("hidden on the published page: " + hiding.get()));
            }
        } else if (element.text().isBlank() && element.select("img").isEmpty()) {
            element.remove();
        } else {
            String what = SwallowedMarks.inside(name);
            // A span around blocks would be split from them when the preview reads the HTML again: a div holds them.
            boolean blocks = element.children().stream().anyMatch(Element::isBlock);
            element.tagName(blocks ? "div" : "span").clearAttributes().addClass(HIDDEN_CLASS).prependChild(label(what));
            if (name.equals("style")) {
                // Text a style sheet adds (content:) is on the published page, and nowhere else to be read.
                for (String added : PostStyles.ofCss(element.wholeText()).addedText()) {
                    element.before(EmbedMarks.embed("Added to the published page by this style sheet: \u201c" + added
                            + "\u201d", element));
                }
            }
        }
    }

    private static Element marked(String what, String text) {
        Element span = new Element("span").addClass(HIDDEN_CLASS);
        span.appendChild(label(what));
        span.appendChild(new TextNode(text));
        return span;
    }

    static Node label(String text) {
        // The space ends the label's last word where the marked text begins, for a reader of the page's text.
        return new Element("span").addClass(LABEL_CLASS).text(text + " ");
    }
}
