package org.reviewdesk.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * How a drawing ({@code <svg>}) or a formula ({@code <math>}) in a post hides text from the reader of the published
 * page: a drawing of no size, text drawn invisible by SVG's own attributes, and the parts of both that are never drawn
 * (a formula's annotation, a drawing's description). Part of {@link HiddenHtml}'s rules, for the preview and the check.
 */
public final class DrawingHiding {
    /** The elements these rules look at, by name as the HTML parser gives it (lower case). */
    public static final Set<String> TAGS = Set.of("svg", "math", "annotation", "annotation-xml", "desc", "metadata", "text",
            "tspan", "textpath", "g");

    /** Those whose text is never drawn. */
    private static final Set<String> NEVER_DRAWN = Set.of("annotation", "annotation-xml", "desc", "metadata");
    /** SVG's own elements of text, on which its presentation attributes apply (on HTML elements they do nothing). */
    private static final Set<String> DRAWN_TEXT = Set.of("svg", "text", "tspan", "textpath", "g");
    private static final Pattern ZERO = Pattern.compile("\\s*[+]?0*(\\.0*)?\\s*(px|em|rem|%|pt)?\\s*");

    private DrawingHiding() {
    }

    /** Why the page would not show this element's text, or empty. */
    public static Optional<String> reason(Element element) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (!TAGS.contains(tag)) return Optional.empty();
        if (NEVER_DRAWN.contains(tag)) {
            return Optional.of(tag.startsWith("annotation") ? "the annotation of a formula, which is never drawn"
                    : "the <" + tag + "> of a drawing, which is never drawn");
        }
        if ((tag.equals("svg") || tag.equals("math")) && (isZero(element.attr("width")) || isZero(element.attr("height")))) {
            return Optional.of("a drawing " + (isZero(element.attr("width")) ? "0 wide" : "0 high"));
        }
        if (!DRAWN_TEXT.contains(tag)) return Optional.empty();
        // Neither can be undone inside the element; what is inherited (fill, size, visibility) can, by a part of it.
        if (element.attr("display").strip().equalsIgnoreCase("none")) return Optional.of("display=\"none\"");
        if (element.hasAttr("opacity") && isZero(element.attr("opacity"))) return Optional.of("opacity=\"0\"");
        if (tag.equals("svg") || tag.equals("g")) return Optional.empty();
        String visibility = element.attr("visibility").strip().toLowerCase(Locale.ROOT);
        if ((visibility.equals("hidden") || visibility.equals("collapse")) && !setInside(element, "visibility")) {
            return Optional.of("visibility=\"" + visibility + "\"");
        }
        for (String attribute : new String[] {"fill-opacity", "font-size"}) {
            if (element.hasAttr(attribute) && isZero(element.attr(attribute)) && !setInside(element, attribute)) {
                return Optional.of(attribute + "=\"0\"");
            }
        }
        String fill = element.attr("fill").strip().toLowerCase(Locale.ROOT);
        if ((fill.equals("none") || fill.equals("transparent")) && !setInside(element, "fill")) {
            return Optional.of("fill=\"" + fill + "\"");
        }
        return Optional.empty();
    }

    /** Whether a part of the element sets the attribute again, for its own text. */
    private static boolean setInside(Element element, String attribute) {
        return element.getAllElements().stream().skip(1).anyMatch(e -> e.hasAttr(attribute));
    }

    private static boolean isZero(String value) {
        return !value.isBlank() && ZERO.matcher(value).matches();
    }
}
