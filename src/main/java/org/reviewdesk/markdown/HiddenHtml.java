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

    /**
     * The attributes of a start tag as an HTML tokenizer reads them, for a pattern {@code "<name" + ATTRIBUTES + ">"}: a
     * quoted value may hold {@code <} and {@code >}, and a slash separates attributes as white space does. Possessive, so
     * that no text makes it backtrack.
     */
    public static final String ATTRIBUTES = "((?:[\\s/]++[^\\s\"'>/=][^\\s\"'>/=]*+(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'"
            + "|[^\\s>]++))?+)*+[\\s/]*+)";

    /**
     * Where a {@code <meta http-equiv="refresh">} sends its reader: the address after the delay ({@code 0; url=…},
     * {@code 0; URL = '…'}, {@code 0, …}), or empty when it only reloads the page.
     */
    public static Optional<String> refreshTarget(String content) {
        String c = content == null ? "" : content.strip();
        int cut = -1;
        for (int i = 0; i < c.length() && cut < 0; i++) if (c.charAt(i) == ';' || c.charAt(i) == ',') cut = i;
        if (cut < 0) return Optional.empty();
        String rest = c.substring(cut + 1).strip();
        Matcher url = REFRESH_URL.matcher(rest);
        if (url.matches()) rest = url.group(1).strip();
        rest = rest.replaceAll("^['\"]|['\"]$", "").strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private static final Pattern REFRESH_URL = Pattern.compile("(?is)url\\s*=\\s*(.*)");

    /**
     * A drop-down list: the parser keeps the text it holds but drops every tag except its options', and the page shows
     * only the options. Left open, it takes in the rest of the post, up to a {@code </select>}.
     */
    public static final String SELECT = "select";

    /** The start tags a browser ends a {@link #SELECT} at (another list opens none; a text area opens itself). */
    public static final Set<String> LIST_ENDING_TAGS = Set.of(SELECT, "input", "keygen", "textarea");

    /** The elements of a {@link #SELECT} whose text the page shows (when the list is opened). */
    public static final Set<String> OPTION_TAGS = Set.of("option", "optgroup");

    /** Elements that switch the parser to foreign content, where the rules above change. */
    public static final Set<String> FOREIGN_TAGS = Set.of("math", "svg");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*[.,;:!?]?");
    private static final Set<Character.UnicodeScript> NO_JOINERS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC);
    /** A comment of fewer plain words is a marker ({@code <!-- more -->}, {@code <!-- wp:paragraph -->}). */
    static final int PROSE_WORDS = 3;

    private HiddenHtml() {
    }

    /** Elements whose text a page shows only where they cannot work, or never as text. */
    public static final Set<String> HIDING_ELEMENTS = Set.of("dialog", "datalist", "canvas", "meter", "progress");

    /** Why the published page would not show this element's text, or empty when it would. */
    public static Optional<String> hidingReason(Element element) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (tag.equals("dialog") && !element.hasAttr("open")) return Optional.of("a <dialog> that is not open");
        if (tag.equals("datalist")) return Optional.of("the suggestions of a <datalist>, never shown as text");
        if (HIDING_ELEMENTS.contains(tag) && !tag.equals("dialog")) {
            return Optional.of("the fallback of a <" + tag + ">, shown only where it cannot be drawn");
        }
        if (element.hasAttr("popover")) return Optional.of("a popover, shown only when something opens it");
        Optional<String> drawing = DrawingHiding.reason(element);
        if (drawing.isPresent()) return drawing;
        Optional<String> reason = hidingReason(element.attr("style"), element.hasAttr("hidden"));
        if (reason.isPresent()) return reason;
        for (String name : element.classNames()) {
            if (HIDING_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of("the class " + name + ", which common site styles hide");
            }
        }
        if (element.tagName().equalsIgnoreCase("font") && HidingStyle.isWhite(HidingStyle.normalColor(element.attr("color").toLowerCase(Locale.ROOT)))) {
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
        HidingStyle.Layout layout = new HidingStyle.Layout();
        for (String declaration : css(style).split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) continue;
            String property = declaration.substring(0, colon).strip();
            String value = declaration.substring(colon + 1).replace("!important", "").strip().replaceAll("\\s+", " ");
            Optional<String> reason = HidingStyle.byItself(property, value);
            if (reason.isPresent()) return reason;
            layout.add(property, value);
        }
        return layout.reason();
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
        return CssSheet.unescape(style.toLowerCase(Locale.ROOT).replaceAll("/\\*.*?\\*/", ""));
    }

}
