package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a post's own {@code <style>} blocks do to the published page. The preview never applies a post's style sheet
 * (the sanitizer drops it), so it must say instead what the sheet does: the elements it hides from the reader, and
 * the text it adds with {@code content:}, which is on the published page and in no element of the post. The preview
 * marks both ({@link HiddenMarks}) and the checks report them. Selectors are matched by their last compound alone
 * ({@code .note .x} as {@code .x}): a rule that hides more than the preview marks is worse than one marked too widely.
 * Immutable and thread-safe.
 */
public final class PostStyles {
    public static final PostStyles NONE = new PostStyles(List.of(), List.of());

    /** A post's {@code <style>} element, its rules in group 1 (to the end of the text when it is not closed). */
    public static final Pattern STYLE_ELEMENT = Pattern.compile("<style(?=[\\s/>])[^>]*>(.*?)(?:</style\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final java.util.Set<String> TEXT_PROPERTIES = java.util.Set.of("content", "quotes", "list-style-type",
            "list-style");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,[^)]*)?\\)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2}");
    private static final Pattern NOT = Pattern.compile(":not\\([^()]*\\)");
    private static final Pattern IS = Pattern.compile(":(?:is|where)\\(([^(),:]*)\\)");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*+)\"|'((?:[^'\\\\]|\\\\.)*+)'");
    private static final Pattern COMPOUND = Pattern.compile("([a-zA-Z][a-zA-Z0-9-]*|\\*)?((?:[.#][\\w-]+)+)?");

    /** A rule that hides what it selects: the selector as written, one of its list, and why it hides. */
    public record HidingRule(String selector, String reason, String tag, List<String> classes, String id) {
        /** True when it names only an element type ({@code p}, {@code h2}): it hides that element everywhere in the post. */
        public boolean byTagAlone() {
            return classes.isEmpty() && id == null;
        }

        boolean matches(Element element) {
            if (element.tagName().equals("body") || element.tagName().equals("html")) return false;
            if (tag != null && !tag.equals("*") && !tag.equalsIgnoreCase(element.tagName())) return false;
            if (id != null && !id.equals(element.id())) return false;
            for (String c : classes) if (!element.hasClass(c)) return false;
            return true;
        }

        /** The reason as a message gives it: "the post's own style p.note { display:none }". */
        public String described() {
            return "the post's own style " + selector + " { " + reason + " }";
        }
    }

    private final List<HidingRule> hiding;
    private final List<String> addedText;

    private PostStyles(List<HidingRule> hiding, List<String> addedText) {
        this.hiding = List.copyOf(hiding);
        this.addedText = List.copyOf(addedText);
    }

    /** The rules of every {@code <style>} element in this HTML (the raw HTML of a post, or a part of it). */
    public static PostStyles ofHtml(CharSequence html) {
        StringBuilder css = new StringBuilder();
        Matcher m = STYLE_ELEMENT.matcher(html);
        while (m.find()) css.append(m.group(1)).append('\n');
        return css.length() == 0 ? NONE : ofCss(css.toString());
    }

    /** The rules of a style sheet's text (linear in its length: {@link CssSheet}). */
    public static PostStyles ofCss(String css) {
        List<HidingRule> hiding = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<CssSheet.Rule> rules = CssSheet.rules(css);
        Map<String, String> custom = new HashMap<>();
        for (CssSheet.Rule rule : rules) {
            for (String[] d : CssSheet.declarations(rule.declarations())) if (d[0].startsWith("--")) custom.put(d[0], d[1]);
        }
        for (CssSheet.Rule rule : rules) {
            if (!rule.onScreen()) continue;
            StringBuilder declarations = new StringBuilder();
            for (String[] d : CssSheet.declarations(rule.declarations())) {
                if (TEXT_PROPERTIES.contains(d[0])) addedText(resolved(d[1], custom), added);
                declarations.append(d[0]).append(':').append(CssSheet.unescape(d[1])).append(';');
            }
            Optional<String> reason = HiddenHtml.hidingReason(declarations.toString(), false);
            if (reason.isEmpty()) continue;
            for (String selector : topLevelCommas(rule.selectors())) {
                parse(CssSheet.unescape(selector).strip(), reason.get()).ifPresent(hiding::add);
            }
        }
        return hiding.isEmpty() && added.isEmpty() ? NONE : new PostStyles(hiding, added);
    }

    /** A value with each {@code var(--name)} the sheet defines put in its place (once: no definition feeds another). */
    private static String resolved(String value, Map<String, String> custom) {
        if (!value.contains("var(")) return value;
        Matcher var = VAR.matcher(value);
        StringBuilder out = new StringBuilder();
        while (var.find()) var.appendReplacement(out, Matcher.quoteReplacement(custom.getOrDefault(var.group(1), "")));
        return var.appendTail(out).toString();
    }

    /** The words a text property's strings put on the page; a glyph or an arrow alone is not text. */
    private static void addedText(String value, List<String> added) {
        if (value.toLowerCase(Locale.ROOT).startsWith("none") || value.toLowerCase(Locale.ROOT).startsWith("normal")) return;
        Matcher strings = STRING.matcher(value);
        StringBuilder text = new StringBuilder();
        while (strings.find()) {
            String inner = strings.group(1) != null ? strings.group(1) : strings.group(2);
            text.append(CssSheet.unescape(inner));
        }
        String words = text.toString().strip();
        if (WORD.matcher(words).find()) {
            added.add(words);
        } else if (value.toLowerCase(Locale.ROOT).contains("attr(")) {
            added.add("the value of " + value);
        }
    }

    /** A selector list split at its commas, those inside parentheses ({@code :is(a, b)}) left alone. */
    private static List<String> topLevelCommas(String selectors) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selectors.length(); i++) {
            char c = selectors.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) {
                out.add(selectors.substring(start, i));
                start = i + 1;
            }
        }
        out.add(selectors.substring(start));
        return out;
    }

    /**
     * A selector whose last compound is a type, classes or an id. {@code :not(…)} narrows a rule only a little and is
     * left out; {@code :is(x)} and {@code :where(x)} of one selector are that selector; other pseudo-classes and
     * attribute selectors make the rule conditional, and it is not applied.
     */
    private static Optional<HidingRule> parse(String written, String reason) {
        String selector = NOT.matcher(written).replaceAll("");
        selector = IS.matcher(selector).replaceAll("$1");
        if (selector.isEmpty() || selector.contains(":") || selector.contains("[")) return Optional.empty();
        String[] parts = selector.split("[\\s>+~]+");
        String last = parts[parts.length - 1];
        Matcher m = COMPOUND.matcher(last);
        if (last.isEmpty() || !m.matches()) return Optional.empty();
        String tag = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        List<String> classes = new ArrayList<>();
        String id = null;
        if (m.group(2) != null) {
            for (String piece : m.group(2).split("(?=[.#])")) {
                if (piece.startsWith(".")) classes.add(piece.substring(1));
                else if (piece.startsWith("#")) id = piece.substring(1);
            }
        }
        if (tag == null && classes.isEmpty() && id == null) return Optional.empty();
        return Optional.of(new HidingRule(written.replaceAll("\\s+", " "), reason, tag, classes, id));
    }

    public boolean isEmpty() {
        return hiding.isEmpty() && addedText.isEmpty();
    }

    /** The rules that hide. */
    public List<HidingRule> hidingRules() {
        return hiding;
    }

    /** The text the sheet adds to the page, each as written. */
    public List<String> addedText() {
        return addedText;
    }

    /** The first rule that hides this element, if any. */
    public Optional<HidingRule> hiding(Element element) {
        for (HidingRule rule : hiding) if (rule.matches(element)) return Optional.of(rule);
        return Optional.empty();
    }

    /** The same rules, as a key that tells two sheets apart (the preview reuses a block only under the same rules). */
    String key() {
        StringBuilder key = new StringBuilder();
        for (HidingRule rule : hiding) key.append(rule.selector()).append('{').append(rule.reason()).append('}');
        return key.toString();
    }
}
