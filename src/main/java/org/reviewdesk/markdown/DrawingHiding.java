package org.reviewdesk.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * How a drawing ({@code <svg>}) or a formula ({@code <math>}) in a post hides text from the reader of the published
 * page: a drawing of no size, text drawn invisible by SVG's own attributes, and the parts of both that are never drawn
 * (a formula's annotation, a drawing's description or definitions). Part of {@link HiddenHtml}'s rules, for the preview
 * and the check. Only prose counts in a part that is never drawn: every KaTeX formula carries its TeX source in an
 * annotation, and a drawing's short description names it for a screen reader.
 */
public final class DrawingHiding {
    /** The elements these rules look at, by name as the HTML parser gives it (lower case). */
    public static final Set<String> TAGS = Set.of("svg", "math", "annotation", "annotation-xml", "desc", "metadata", "text",
            "tspan", "textpath", "g", "defs", "symbol", "clippath", "mask", "pattern", "marker", "mphantom");

    /** Those whose text is never drawn, or drawn invisible ({@code <mphantom>}). */
    private static final Set<String> NEVER_DRAWN = Set.of("annotation", "annotation-xml", "desc", "metadata", "defs",
            "symbol", "clippath", "mask", "pattern", "marker", "mphantom");
    /** SVG's own elements of text and groups, on which its presentation attributes apply (on HTML elements they do nothing). */
    private static final Set<String> DRAWN_TEXT = Set.of("svg", "text", "tspan", "textpath", "g");
    private static final Pattern ZERO = Pattern.compile("\\s*[+-]?0*(\\.0*)?(e[+-]?\\d+)?\\s*(px|em|rem|%|pt|vw|vh|ex|ch)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLEAR = Pattern.compile("none|transparent|rgba\\(.*,\\s*0*(\\.0*)?\\s*\\)|#[0-9a-f]{3}0|#[0-9a-f]{6}00",
            Pattern.CASE_INSENSITIVE);

    /** What a drawing draws besides text: text over one of them may be seen whatever its colour. */
    private static final Set<String> SHAPES = Set.of("rect", "circle", "ellipse", "line", "polyline", "polygon", "path",
            "image", "use", "foreignobject", "pattern", "lineargradient", "radialgradient");
    private static final Pattern FILL_STYLE = Pattern.compile("(?<![\\w-])fill\\s*+:([^;]*+)");

    private DrawingHiding() {
    }

    /** Why the page would not show this element's text, or empty. */
    public static Optional<String> reason(Element element) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (!TAGS.contains(tag)) return Optional.empty();
        if (NEVER_DRAWN.contains(tag)) return HiddenHtml.isProse(element.text()) ? neverDrawn(element) : Optional.empty();
        if ((tag.equals("svg") || tag.equals("math")) && (isZero(element.attr("width")) || isZero(element.attr("height")))) {
            return Optional.of("a drawing " + (isZero(element.attr("width")) ? "0 wide" : "0 high"));
        }
        if (tag.equals("svg") && drawsOnlyWhiteText(element)) {
            return Optional.of("white text in a drawing with nothing drawn behind it, unseen on a white page");
        }
        if (!DRAWN_TEXT.contains(tag)) return Optional.empty();
        // Neither can be undone inside the element; what is inherited (fill, size, visibility) can, by a part of it.
        if (element.attr("display").strip().equalsIgnoreCase("none")) return Optional.of("display=\"none\"");
        if (element.hasAttr("opacity") && isZeroOrLess(element.attr("opacity"))) return Optional.of("opacity=\"0\"");
        String visibility = element.attr("visibility").strip().toLowerCase(Locale.ROOT);
        if ((visibility.equals("hidden") || visibility.equals("collapse")) && !setInside(element, "visibility")) {
            return Optional.of("visibility=\"" + visibility + "\"");
        }
        for (String attribute : new String[] {"fill-opacity", "font-size"}) {
            if (element.hasAttr(attribute) && isZeroOrLess(element.attr(attribute)) && !setInside(element, attribute)) {
                return Optional.of(attribute + "=\"0\"");
            }
        }
        // Unfilled text with an outline (stroke) is still seen.
        String fill = element.attr("fill").strip();
        if (CLEAR.matcher(fill).matches() && !setInside(element, "fill") && !sets(element, "stroke")
                && !setInside(element, "stroke")) {
            return Optional.of("fill=\"" + fill + "\"");
        }
        return Optional.empty();
    }

    /**
     * A drawing whose only marks are text filled white (or near white) without an outline: with no shape drawn behind
     * it, the text is white on the white page. Text over a shape (a badge's dark box) or in any other colour is seen.
     */
    private static boolean drawsOnlyWhiteText(Element svg) {
        if (svg.attr("style").toLowerCase(Locale.ROOT).contains("background")) return false;
        boolean white = false;
        for (Element part : svg.getAllElements()) {
            String name = part.tagName().toLowerCase(Locale.ROOT);
            if (SHAPES.contains(name) || sets(part, "stroke")) return false;
            if (!name.equals("text") || part.text().isBlank()) continue;
            for (Element e : part.getAllElements()) {
                if (e.ownText().isBlank()) continue;
                if (!HidingStyle.isWhite(HidingStyle.normalColor(fillOf(e, svg)))) return false;
                white = true;
            }
        }
        return white;
    }

    /** The fill an element of a drawing inherits, as written (lower case); "" for SVG's default, black. */
    private static String fillOf(Element element, Element svg) {
        for (Element e = element; e != null; e = e == svg ? null : e.parent()) {
            if (e.hasAttr("fill")) return e.attr("fill").strip().toLowerCase(Locale.ROOT);
            Matcher style = FILL_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT));
            if (style.find()) return style.group(1).strip();
        }
        return "";
    }

    /** Whether an element of this name is never drawn (or drawn invisible), whatever it holds. */
    public static boolean isNeverDrawn(String tag) {
        return NEVER_DRAWN.contains(tag.toLowerCase(Locale.ROOT));
    }

    /** Whether a part of the element sets the attribute again, for its own text, as an attribute or in its style. */
    private static boolean setInside(Element element, String attribute) {
        return element.getAllElements().stream().skip(1).anyMatch(e -> sets(e, attribute));
    }

    private static boolean sets(Element e, String attribute) {
        return e.hasAttr(attribute) || e.attr("style").toLowerCase(Locale.ROOT).contains(attribute);
    }

    /**
     * The part of a drawing or a formula that is never drawn, whatever it holds (a formula's TeX source too), for the
     * preview to mark; {@link #reason} counts it only when it holds prose.
     */
    public static Optional<String> neverDrawn(Element element) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (!NEVER_DRAWN.contains(tag) || element.text().isBlank()) return Optional.empty();
        if (tag.startsWith("annotation")) return Optional.of("the annotation of a formula, which is never drawn");
        return Optional.of(tag.equals("mphantom") ? "a formula's <mphantom>, drawn invisible"
                : "the <" + tag + "> of a drawing, which is never drawn by itself");
    }

    private static boolean isZero(String value) {
        return !value.isBlank() && ZERO.matcher(value).matches();
    }

    /** Zero, or a negative number, which SVG takes as zero. */
    private static boolean isZeroOrLess(String value) {
        if (isZero(value)) return true;
        String v = value.strip();
        return v.startsWith("-") && v.length() > 1 && (Character.isDigit(v.charAt(1)) || v.charAt(1) == '.');
    }
}
