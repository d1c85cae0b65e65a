package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The marks of what an element that takes in what follows it holds ({@code <select>}, {@code <textarea>},
 * {@code <style>} …): a drop-down list's text outside its options, and what a block puts after such an element left
 * open. Part of {@link HiddenMarks}.
 */
final class SwallowedMarks {
    private SwallowedMarks() {
    }

    /** The elements a browser ends a drop-down list at (the renamed ones as {@link HiddenMarks#defuse} renames them). */
    private static final java.util.Set<String> LIST_ENDS = HiddenHtml.LIST_ENDING_TAGS.stream()
            .map(t -> t.equals("input") || t.equals("keygen") ? t : HiddenMarks.RENAMED + t)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Marks whatever follows the element {@code name} that a block leaves open, as a browser takes it in: a list item or
     * a quote's paragraph after an unclosed {@code <select>} is in the list, though the parser of a renamed element
     * closes it at the item's end. Each is marked where it stands, so that the preview's page keeps its structure.
     */
    static void takeInTheRest(Document document, String name) {
        org.jsoup.select.Elements open = document.body().getElementsByTag(name.equals("template") ? name : HiddenMarks.RENAMED + name);
        if (open.isEmpty()) return;
        List<Node> following = new ArrayList<>();
        for (Element at = open.last(); at != null && at != document.body(); at = at.parent()) {
            for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) following.add(next);
        }
        String what = inside(name);
        for (Node node : following) {
            if (node instanceof TextNode text && !text.isBlank()) {
                Element mark = new Element("span").addClass(HiddenMarks.HIDDEN_CLASS);
                text.before(mark);
                mark.appendChild(HiddenMarks.label(what));
                mark.appendChild(text);
            } else if (node instanceof Element e && !e.text().isBlank()) {
                e.addClass(HiddenMarks.HIDDEN_CLASS).prependChild(HiddenMarks.label(what));
            }
        }
    }

    /** The label of text inside an element that takes in what follows it. */
    static String inside(String name) {
        if (name.equals(HiddenHtml.SELECT)) return "inside a <select>, outside its options: not shown on the published page";
        return HiddenHtml.INVISIBLE_CONTENT_TAGS.contains(name) ? "inside <" + name + ">: not shown on the published page"
                : "inside <" + name + ">: shown as raw markup on the published page";
    }

    /**
     * A drop-down list: its options are shown as the page lists them, and whatever else it holds (its text outside
     * them, or the rest of the post when it is left open) is marked, since the page shows none of it.
     */
    static void selectList(Element select) {
        endAtAField(select);
        Optional<String> hiding = HiddenHtml.hidingReason(select.clone().tagName(HiddenHtml.SELECT));
        if (hiding.isPresent() && !select.text().isBlank()) {
            select.tagName("span").clearAttributes().addClass(HiddenMarks.HIDDEN_CLASS)
                    .prependChild(HiddenMarks.label("hidden on the published page: " + hiding.get()));
            return;
        }
        boolean[] first = {true};
        options(select, first);
        if (!first[0]) {
            Node last = select.childNodes().stream().filter(n -> n instanceof Element e
                    && HiddenHtml.OPTION_TAGS.contains(e.tagName().toLowerCase(Locale.ROOT))).reduce((a, b) -> b).orElse(null);
            if (last != null) last.after(new TextNode("]"));
            else select.appendChild(new TextNode("]"));
        }
        select.unwrap();
    }

    /** Shows a list's (or a group's) options one from another, [One | Two], and marks the text around them. */
    private static void options(Element list, boolean[] first) {
        for (Node child : new ArrayList<>(list.childNodes())) {
            if (child instanceof Element e && e.tagName().equalsIgnoreCase("optgroup")) {
                // A group shows its label and its options; its other text, nowhere.
                options(e, first);
                continue;
            }
            if (child instanceof Element e && e.tagName().equalsIgnoreCase("option")) {
                child.before(new TextNode(first[0] ? "[" : " | "));
                first[0] = false;
                continue;
            }
            boolean blank = child instanceof TextNode t ? t.isBlank() : !(child instanceof Element e) || e.text().isBlank();
            if (blank) continue;
            boolean block = child instanceof Element e && (e.isBlock() || !e.select("p, div, h1, h2, h3, h4, h5, h6, li, table").isEmpty());
            Element mark = new Element(block ? "div" : "span").addClass(HiddenMarks.HIDDEN_CLASS);
            child.before(mark);
            mark.appendChild(HiddenMarks.label(inside(HiddenHtml.SELECT)));
            mark.appendChild(child);
        }
    }

    /** A browser ends the list at a field or another list: what follows is the page's again. */
    private static void endAtAField(Element select) {
        List<Node> children = new ArrayList<>(select.childNodes());
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Element e && LIST_ENDS.contains(e.tagName().toLowerCase(Locale.ROOT))) {
                Node at = select;
                for (Node after : children.subList(i, children.size())) {
                    at.after(after);
                    at = after;
                }
                // Another list's start tag ends this one and starts none: what it holds is the page's.
                if (e.tagName().equalsIgnoreCase(HiddenMarks.RENAMED + HiddenHtml.SELECT)) e.unwrap();
                break;
            }
        }
    }
}
