package org.reviewdesk.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What raw HTML in a post hides from the reader of the published page while a crawler or a model still reads
 * it. The preview uses these rules to show such text marked, and the {@code hidden-content} check to report
 * it, so that both agree on what "hidden" means. Pure functions; thread-safe.
 */
public final class HiddenHtml {
    /**
     * Elements whose content an HTML parser reads as raw text up to their own end tag (or to the end of the
     * document), so that one left open swallows whatever follows: markup, blocks and all.
     */
    public static final Set<String> SWALLOWING_TAGS = Set.of("style", "script", "textarea", "title", "noscript",
            "template", "xmp", "plaintext", "iframe", "noembed", "noframes");

    /** Of those, the ones whose content the published page does not show at all. */
    public static final Set<String> INVISIBLE_CONTENT_TAGS = Set.of("style", "script", "title", "noscript",
            "template", "iframe", "noembed", "noframes");

    /** Elements that switch the parser to foreign content, where the rules above change. */
    public static final Set<String> FOREIGN_TAGS = Set.of("math", "svg");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*[.,;:!?]?");
    private static final Pattern NUMBER = Pattern.compile("(-?[0-9]*\\.?[0-9]+)([a-z%]*)");
    private static final Set<Character.UnicodeScript> NO_JOINERS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC);
    /** A comment of fewer plain words is a marker ({@code <!-- more -->}, {@code <!-- wp:paragraph -->}). */
    static final int PROSE_WORDS = 3;

    private HiddenHtml() {
    }

    /** Why the published page would not show this element's text, or empty when it would. */
    public static Optional<String> hidingReason(Element element) {
        Optional<String> reason = hidingReason(element.attr("style"), element.hasAttr("hidden"));
        if (reason.isPresent()) return reason;
        for (String name : element.classNames()) {
            if (HIDING_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of("the class " + name + ", which common site styles hide");
            }
        }
        if (element.tagName().equalsIgnoreCase("font") && isWhite(normalColor(element.attr("color").toLowerCase(Locale.ROOT)))) {
            return Optional.of("white text, unseen on a white page");
        }
        return Optional.empty();
    }

    /**
     * The direction ("rtl" or "ltr") in which this element forces its letters, reversing the order a reader sees from the
     * order written (a {@code <bdo>}, or {@code unicode-bidi: bidi-override}); empty when it forces none.
     */
    public static Optional<String> overriddenDirection(Element element) {
        String style = css(element.attr("style")).replace(" ", "");
        boolean override = element.tagName().equalsIgnoreCase("bdo") || style.contains("unicode-bidi:bidi-override")
                || style.contains("unicode-bidi:isolate-override");
        if (!override) return Optional.empty();
        boolean rtl = style.contains("direction:rtl") || element.attr("dir").equalsIgnoreCase("rtl");
        return Optional.of(rtl ? "rtl" : "ltr");
    }

    /**
     * Classes that the usual site styles hide (Bootstrap, Tailwind, WordPress themes): a post that uses one hides its
     * text on most sites that publish it, while a crawler or a model reads it.
     */
    public static final Set<String> HIDING_CLASSES = Set.of("sr-only", "visually-hidden", "screen-reader-text", "d-none",
            "hidden", "invisible", "is-hidden", "hide", "hidden-text");

    /**
     * @param style        the value of the element's {@code style} attribute ("" for none)
     * @param hiddenAttribute whether it has the {@code hidden} attribute ({@code aria-hidden} hides nothing
     *                     from a sighted reader, so it does not count)
     * @return a short reason ("display:none"), or empty
     */
    public static Optional<String> hidingReason(String style, boolean hiddenAttribute) {
        if (hiddenAttribute) return Optional.of("the hidden attribute");
        if (style == null || style.isBlank()) return Optional.empty();
        Layout layout = new Layout();
        for (String declaration : css(style).split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) continue;
            String property = declaration.substring(0, colon).strip();
            String value = declaration.substring(colon + 1).replace("!important", "").strip().replaceAll("\\s+", " ");
            Optional<String> reason = byItself(property, value);
            if (reason.isPresent()) return reason;
            layout.add(property, value);
        }
        return layout.reason();
    }

    /** A declaration that hides the text by itself. */
    private static Optional<String> byItself(String property, String value) {
        String reason = switch (property) {
            case "display" -> value.equals("none") ? "display:none" : null;
            case "visibility" -> value.equals("hidden") || value.equals("collapse") ? "visibility:" + value : null;
            case "font-size" -> isZero(value) ? "font-size:0" : isTiny(value) ? "font-size:" + value + ", too small to read" : null;
            case "opacity" -> isZero(value) || isBelow(value, 0.1) ? "opacity:" + value : null;
            case "transform" -> value.matches(".*scale[xy]?\\(\\s*0*(\\.0*)?\\s*[,)].*") ? "transform:" + value : null;
            case "filter" -> value.matches(".*opacity\\(\\s*0*(\\.0*)?%?\\s*\\).*") ? "filter:" + value : null;
            case "margin-left", "margin-top" -> isFarNegative(value) ? property + ":" + value + " off the screen" : null;
            case "text-indent" -> isFarNegative(value) ? "text-indent:" + value : null;
            case "clip" -> clipsToNothing(value) ? "clip:" + value : null;
            case "clip-path" -> clipsToNothing(value) ? "clip-path:" + value : null;
            case "color" -> value.equals("transparent") || value.matches("rgba\\(.*,\\s*0(\\.0*)?\\s*\\)")
                    ? "transparent text" : null;
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    /** Declarations that hide the text only together: off the screen, the colour of the background, a box of size 0. */
    private static final class Layout {
        private String position = "";
        private String color = "";
        private String background = "";
        private String overflow = "";
        private boolean farOff;
        private boolean zeroSize;

        void add(String property, String value) {
            switch (property) {
                case "left", "top", "right", "margin-left", "margin-top" -> farOff |= isFarNegative(value);
                case "position" -> position = value;
                case "color" -> color = normalColor(value);
                case "width", "height", "max-width", "max-height" -> zeroSize |= isZero(value) || isBelow(value, 2);
                case "overflow" -> overflow = value;
                case "background", "background-color" -> background = normalColor(value);
                default -> { }
            }
        }

        Optional<String> reason() {
            if (farOff && (position.equals("absolute") || position.equals("fixed"))) {
                return Optional.of("position:" + position + " off the screen");
            }
            if (!color.isEmpty() && color.equals(background)) return Optional.of("text the colour of its background");
            if (isWhite(color) && background.isEmpty()) return Optional.of("white text, unseen on a white page");
            if (zeroSize && (overflow.equals("hidden") || overflow.equals("clip"))) return Optional.of("a box of size 0");
            return Optional.empty();
        }
    }

    /** True when a comment (or other hidden text) holds prose rather than a marker: a few plain words. */
    public static boolean isProse(String text) {
        Matcher words = WORD.matcher(text);
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (words.reset(token).matches() && ++count >= PROSE_WORDS) return true;
        }
        return false;
    }

    /** Characters that take no width: between two letters they split a word for a machine, never for a reader. */
    public static boolean isZeroWidth(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    /** Bidirectional embedding, override and isolate controls: they reorder what the reader sees. */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * True when the character at {@code at} is a zero-width one between a letter or digit on each side (other
     * zero-width characters aside). A joiner or non-joiner counts only between Latin, Greek or Cyrillic
     * letters: in Arabic or Indic scripts, and between emoji, it shapes what the reader sees.
     */
    public static boolean isZeroWidthInWord(CharSequence text, int at) {
        char c = text.charAt(at);
        if (!isZeroWidth(c)) return false;
        int before = at - 1;
        while (before >= 0 && isZeroWidth(text.charAt(before))) before--;
        int after = at + 1;
        while (after < text.length() && isZeroWidth(text.charAt(after))) after++;
        if (before < 0 || after >= text.length()) return false;
        int left = Character.codePointBefore(text, before + 1);
        int right = Character.codePointAt(text, after);
        if (!Character.isLetterOrDigit(left) || !Character.isLetterOrDigit(right)) return false;
        if (c == '\u200C' || c == '\u200D') return NO_JOINERS.contains(Character.UnicodeScript.of(left))
                && NO_JOINERS.contains(Character.UnicodeScript.of(right));
        return true;
    }

    /** A style attribute as CSS reads it: lower case, without comments ("display:/ ** /none" is display:none). */
    private static String css(String style) {
        return style.toLowerCase(Locale.ROOT).replaceAll("/\\*.*?\\*/", "");
    }

    /** A font size no one reads: under 2 px, 1.5 pt, 0.2 em or rem, 20 %. */
    private static boolean isTiny(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.matches()) return false;
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "px" -> n < 2;
            case "pt" -> n < 1.5;
            case "em", "rem" -> n < 0.2;
            case "%" -> n < 20;
            default -> false;
        };
    }

    /** A plain number (or px) below {@code limit}, zero included. */
    private static boolean isBelow(String value, double limit) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() && (m.group(2).isEmpty() || m.group(2).equals("px")) && Double.parseDouble(m.group(1)) < limit
                && Double.parseDouble(m.group(1)) >= 0;
    }

    /** A colour as {@link #normalColor} writes it. */
    private static boolean isWhite(String color) {
        return color.equals("#ffffff");
    }

    private static boolean isZero(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() && Double.parseDouble(m.group(1)) == 0;
    }

    /** A length that puts text well off the screen: at least 500 pixels, or 30 em, to the left or the top. */
    private static boolean isFarNegative(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.matches()) return false;
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "", "px", "pt" -> n <= -500;
            case "em", "rem", "ch", "ex" -> n <= -30;
            case "%", "vw", "vh" -> n <= -100;
            default -> false;
        };
    }

    private static boolean clipsToNothing(String value) {
        String v = value.replace(" ", "");
        if (v.startsWith("rect(") || v.startsWith("polygon(") || v.startsWith("circle(")) {
            return v.replaceAll("[a-z(),%]", "").replace("0", "").replace(".", "").isEmpty();
        }
        if (v.startsWith("inset(")) {
            Matcher m = NUMBER.matcher(v.substring(6, v.length() - (v.endsWith(")") ? 1 : 0)));
            return m.matches() && m.group(2).equals("%") && Double.parseDouble(m.group(1)) >= 50;
        }
        return false;
    }

    /** A colour written in any of its common spellings, as {@code #rrggbb}; other values as written. */
    static String normalColor(String value) {
        String v = value.replace(" ", "");
        if (v.equals("white")) return "#ffffff";
        if (v.equals("black")) return "#000000";
        if (v.matches("#[0-9a-f]{3}")) {
            return "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        Matcher rgb = Pattern.compile("rgba?\\((\\d{1,3}),(\\d{1,3}),(\\d{1,3})(,[0-9.]+)?\\)").matcher(v);
        if (rgb.matches()) {
            return String.format("#%02x%02x%02x", Integer.parseInt(rgb.group(1)) & 0xff,
                    Integer.parseInt(rgb.group(2)) & 0xff, Integer.parseInt(rgb.group(3)) & 0xff);
        }
        return v;
    }
}
