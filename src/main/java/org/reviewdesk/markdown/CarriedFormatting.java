package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A formatting element of a post's raw HTML left open at the end of a block ({@code <b style="display:none">} closed
 * three paragraphs later, or never): a browser opens it again in every block that follows, until its end tag, so its
 * style hides those blocks too. The preview renders block by block, so it carries the open tags that hide from one
 * block to the next and puts them before each, for the marks to find; the parser closes them where the post does.
 * Only tags that hide are carried: the preview shows what the page hides, and carries nothing else. Not thread-safe:
 * one per rendering.
 *
 * <p>An element that takes in everything after it ({@code <select>}, {@code <textarea>} …) left open is carried the same
 * way, so that each block after it is marked as the page shows it: not at all, or as raw markup. Any other element that
 * hides, left open around the blocks after it ({@code <div hidden>} … {@code </div>}), is carried as {@link OpenWrappers}.
 */
final class CarriedFormatting {
    /** The elements an HTML parser reopens in the blocks after the one they were left open in. */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?=[\\s/>])([^<>]*)>", Pattern.CASE_INSENSITIVE);
    /** Carried by {@link #TAG} or {@link #SWALLOWING}, not as {@link OpenWrappers}. */
    private static final java.util.Set<String> NOT_WRAPPERS = notWrappers();
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
    /**
     * The elements that, left open, take in everything after them up to their end tag, blocks and all: a
     * {@code <select>}, a {@code <textarea>}, a {@code <style>} … (a {@code <plaintext>} has no end tag; a raw HTML
     * block that opens one of them runs to the end of the post already).
     */
    private static final Pattern SWALLOWING = Pattern.compile("<(/?)(" + HiddenHtml.SELECT + "|"
            + String.join("|", HiddenHtml.SWALLOWING_TAGS) + "|input|keygen|td|th|tr|table|svg)(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);
    /** What ends a drop-down list opened in a table's cell: the cell's end, another cell or row, the table's end. */
    private static final java.util.Set<String> TABLE_TAGS = java.util.Set.of("td", "th", "tr", "table");
    private static final Pattern FIRST_TAG = Pattern.compile("\\s*<([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>");
    private static final java.util.Set<String> VOID = java.util.Set.of("hr", "br", "img", "input", "meta", "link", "wbr");

    private record Open(String name, String tag, boolean hides) {
    }

    private final PostStyles styles;
    private final List<Open> open = new ArrayList<>();
    /** The start tags of the elements left open around the next block, when one of them hides ({@link OpenWrappers}). */
    private List<String> wrappers = List.of();
    /** The swallowing element a block left open, or null. */
    private String swallowing;

    CarriedFormatting(PostStyles styles) {
        this.styles = styles;
    }

    /** The open tags that hide, as written, to put before the next block's HTML; empty when none. */
    String prefix() {
        StringBuilder prefix = new StringBuilder();
        for (String wrapper : wrappers) prefix.append(wrapper);
        for (Open o : open) if (o.hides()) prefix.append(o.tag());
        return prefix.toString();
    }

    /**
     * A block's HTML as the blocks before it leave it: the open tags that hide before it, and an element that takes in
     * what follows, left open, inside its first element, so that where the block closes that element, the rest of the
     * block is the page's again.
     */
    String carriedInto(String blockHtml) {
        if (swallowing == null) return prefix() + blockHtml;
        String open = "<" + swallowing + ">";
        Matcher first = FIRST_TAG.matcher(blockHtml);
        if (first.lookingAt() && !VOID.contains(first.group(1).toLowerCase(Locale.ROOT))) {
            return prefix() + blockHtml.substring(0, first.end()) + open + blockHtml.substring(first.end());
        }
        return prefix() + open + blockHtml;
    }

    /** Reads a block's HTML (with the prefix it was given): the tags it opens and leaves open, and those it closes. */
    void advance(String blockHtml) {
        // Only a raw HTML block (it starts with the line marker) leaves an element open; commonmark's own HTML is balanced.
        if (!wrappers.isEmpty() || blockHtml.contains("class=\"" + PreviewDom.LINE_MARKER_CLASS + "\"")) {
            wrappers = OpenWrappers.hidingLeftOpen(blockHtml, styles, NOT_WRAPPERS);
        }
        open.clear();
        swallowing = null;
        if (blockHtml.indexOf('<') < 0) return;
        String html = COMMENT.matcher(blockHtml).replaceAll("");
        swallowing = leftOpen(html);
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                if (!tag.group(3).stripTrailing().endsWith("/")) open.add(new Open(name, tag.group(), hides(name, tag.group(3))));
            } else {
                for (int i = open.size() - 1; i >= 0; i--) {
                    if (open.get(i).name().equals(name)) {
                        open.remove(i);
                        break;
                    }
                }
            }
        }
    }

    /** The element that takes in what follows that a block's HTML opens and does not close, or null. */
    static String leftOpenIn(String blockHtml) {
        return blockHtml.indexOf('<') < 0 ? null : leftOpen(COMMENT.matcher(blockHtml).replaceAll(""));
    }

    /** The swallowing element the HTML (without comments) opens and does not close, or null. */
    private static String leftOpen(String html) {
        String name = null;
        // A list opened in a table's cell ends at the cell; one opened elsewhere takes in a table's tags as text.
        boolean inCell = false;
        boolean listInCell = false;
        // A drawing's <title> is no raw text: the drawing's end tag ends it too.
        boolean inDrawing = false;
        boolean titleInDrawing = false;
        Matcher tag = SWALLOWING.matcher(html);
        while (tag.find()) {
            String found = tag.group(2).toLowerCase(Locale.ROOT);
            boolean start = tag.group(1).isEmpty();
            if (name == null && (found.equals("td") || found.equals("th"))) inCell = start;
            if (name == null && found.equals("svg")) inDrawing = start;
            if (HiddenHtml.SELECT.equals(name) && (HiddenHtml.LIST_ENDING_TAGS.contains(found)
                    || (listInCell && TABLE_TAGS.contains(found)))) {
                // Another list ends this one; a <textarea> ends it and opens itself.
                name = start && found.equals("textarea") ? found : null;
            } else if ("title".equals(name) && titleInDrawing && found.equals("svg") && !start) {
                name = null;
                inDrawing = false;
            } else if (name == null && start && isSwallowing(found)) {
                name = found;
                listInCell = inCell;
                titleInDrawing = inDrawing;
            } else if (name != null && !start && found.equals(name) && !name.equals("plaintext")) {
                name = null; // a <plaintext> has no end tag: the rest of the page is its text
            }
        }
        return name;
    }

    private static java.util.Set<String> notWrappers() {
        java.util.Set<String> names = new java.util.HashSet<>(HiddenHtml.SWALLOWING_TAGS);
        names.add(HiddenHtml.SELECT);
        names.addAll(List.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"));
        return java.util.Set.copyOf(names);
    }

    private static boolean isSwallowing(String name) {
        return name.equals(HiddenHtml.SELECT) || HiddenHtml.SWALLOWING_TAGS.contains(name);
    }

    private boolean hides(String name, String attributes) {
        String lower = attributes.toLowerCase(Locale.ROOT);
        if (!lower.contains("style") && !lower.contains("hidden") && !lower.contains("class") && !lower.contains("id")
                && !name.equals("font")) {
            return false;
        }
        Element element = Jsoup.parseBodyFragment("<" + name + attributes + ">x").body().child(0);
        return HiddenHtml.hidingReason(element).isPresent() || styles.hiding(element).isPresent();
    }
}
