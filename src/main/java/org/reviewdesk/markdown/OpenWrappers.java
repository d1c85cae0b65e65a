package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The elements of a post's raw HTML that a block leaves open around the blocks after it: {@code <div
 * style="display:none">} on a line of its own, Markdown paragraphs, lists or headings, then {@code </div>}. CommonMark
 * writes the start tag, each block between and the end tag as blocks of their own, and the preview renders block by
 * block; on the published page every one of those blocks is inside the element, hidden with it. So the elements a
 * block leaves open are read as a browser reads them, with the HTML parser (which closes a {@code <p>} at the next
 * block on its own, and a {@code <div>} inside a list item at the item's end), and put before the next block, for
 * the marks to find; the parser closes them where the post does. Only a chain that hides something is carried: the
 * preview shows what the page hides, and wraps nothing else. Pure functions; thread-safe.
 */
final class OpenWrappers {
    /** Put at the end of a block's HTML: the elements around it once parsed are the ones the block leaves open. */
    private static final String END = "rd-end-of-block";

    private OpenWrappers() {
    }

    /**
     * The start tags, outermost first, of the elements that a block's HTML leaves open, when one of them hides (by its
     * own style or attribute, or by the post's style sheet); empty when none does.
     *
     * @param blockHtml a block's HTML, with what the blocks before it left open before it
     * @param skipped   the elements carried otherwise (formatting tags a browser opens again, swallowing elements)
     */
    static List<String> hidingLeftOpen(String blockHtml, PostStyles styles, Set<String> skipped) {
        Element body = Jsoup.parseBodyFragment(blockHtml + "<" + END + "></" + END + ">").body();
        List<Element> ends = body.getElementsByTag(END);
        // Missing when something the block leaves open reads it as text or drops it (a <style>, a <select>).
        if (ends.isEmpty()) return List.of();
        List<Element> open = new ArrayList<>();
        for (Element e = ends.get(ends.size() - 1).parent(); e != null && e != body; e = e.parent()) open.add(0, e);
        List<String> tags = new ArrayList<>();
        boolean hides = false;
        for (Element element : open) {
            String name = element.tagName().toLowerCase(Locale.ROOT);
            // The next block's first tag ends a drawing or a formula, and all that is open inside it.
            if (HiddenHtml.FOREIGN_TAGS.contains(name)) break;
            if (skipped.contains(name)) continue;
            hides |= HiddenHtml.hidingReason(element).isPresent() || styles.hiding(element).isPresent();
            tags.add("<" + name + element.attributes().html() + ">");
        }
        return hides ? List.copyOf(tags) : List.of();
    }
}
