package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.markdown.HiddenHtml;
import org.reviewdesk.markdown.PostStyles;

/**
 * Text that the published page hides from its reader while a crawler or a model still reads it: raw HTML styled
 * or marked to be invisible (the rules of {@link HiddenHtml}, which the preview uses to show such text marked),
 * prose in an HTML comment, an element that swallows what follows it ({@code <style>}, {@code <textarea>}, an
 * unclosed comment …), and invisible characters: zero-width ones inside words and bidirectional controls. A
 * generator, or a prompt injection copied into a draft, hides text this way. Nothing inside code is looked at.
 * Each finding offers to unhide the text (or delete the invisible characters); deciding whether the text
 * belongs in the post is the reviewer's.
 */
public final class HiddenContentCheck implements Check {
    public static final String ID = "hidden-content";
    static final int SHOWN_CHARS = 60;

    private static final Pattern OPEN_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(?=[\\s/>])" + HiddenHtml.ATTRIBUTES + ">");
    /** Any tag, to leave an element's text. */
    static final Pattern TAGS = Pattern.compile("<[^<>]*>");
    private static final java.util.Set<String> VOID_ELEMENTS = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern BIDI_OVERRIDE = Pattern.compile("unicode-bidi\\s*:\\s*(bidi|isolate)-override\\s*;?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        String body = ctx.post().body();
        BodyLines lines = ctx.body().lines();
        List<Finding> out = new ArrayList<>();
        scanHtml(body, lines, out);
        InvisibleCharacters.scan(body, lines, defaultSeverity(), out);
        MetaInvisibles.scan(ctx.post(), defaultSeverity(), out);
        return out;
    }

    private void scanHtml(String body, BodyLines lines, List<Finding> out) {
        PostStyles styles = styles(body, lines, out);
        int i = body.indexOf('<');
        while (i >= 0) {
            int next = i + 1;
            if (lines.isCodeAt(i) || (i > 0 && body.charAt(i - 1) == '\\')) {
                next = i + 1;
            } else if (body.startsWith("<!--", i)) {
                next = comment(body, lines, i, out);
            } else {
                Matcher tag = OPEN_TAG.matcher(body).region(i, body.length());
                if (tag.lookingAt()) next = element(body, lines, i, tag, styles, out);
            }
            i = body.indexOf('<', next);
        }
    }

    /** @return where to go on scanning */
    private int comment(String body, BodyLines lines, int start, List<Finding> out) {
        int close = body.indexOf("-->", start + 2);
        if (close < 0) {
            String rest = body.substring(start + 4);
            if (lineStartsWithTag(body, lines, start) && !rest.isBlank()) {
                String opener = "<!--";
                out.add(finding(lines, start, body.length(), "An unclosed HTML comment hides everything after it on "
                                + "the published page, starting with " + quote(rest) + ". Close it where the note ends, "
                                + "or delete the opening <!--.")
                        .withQuickFix(new QuickFix("Delete the unclosed <!--",
                                post -> post.withBody(BodyEdits.replaceAt(post.body(), start, opener, "")))));
            }
            return body.length();
        }
        String text = body.substring(start + 4, close);
        // A comment inside a paragraph must end in it: across a blank line CommonMark prints "<!--" as text.
        if (!lineStartsWithTag(body, lines, start) && BLANK_LINE.matcher(text).find()) return start + 4;
        String whole = body.substring(start, close + 3);
        if (HiddenHtml.isProse(text)) {
            out.add(finding(lines, start, close + 3, "An HTML comment holds text a reader of the published page never "
                            + "sees, though crawlers and models read it: " + quote(text) + ". Unwrap it if it belongs "
                            + "in the post, or delete it.")
                    .withQuickFix(new QuickFix("Unwrap the comment",
                            post -> post.withBody(BodyEdits.replaceAt(post.body(), start, whole, text.strip())))));
        }
        return close + 3;
    }

    /**
     * The rules of the post's own {@code <style>} elements (outside code), which the preview does not apply; a rule that
     * hides an element type by itself ({@code p { display:none }}) is reported at its style sheet, since it hides the
     * post's Markdown too.
     */
    private PostStyles styles(String body, BodyLines lines, List<Finding> out) {
        if (body.indexOf('<') < 0) return PostStyles.NONE;
        StringBuilder css = new StringBuilder();
        Matcher style = PostStyles.STYLE_ELEMENT.matcher(body);
        while (style.find()) {
            if (lines.isCodeAt(style.start())) continue;
            PostStyles sheet = PostStyles.ofCss(style.group(1));
            for (PostStyles.HidingRule rule : sheet.hidingRules()) {
                if (!rule.byTagAlone()) continue;
                out.add(finding(lines, style.start(), style.end(), "The post's own style sheet hides "
                        + (rule.tag().equals("*") ? "every element" : "every <" + rule.tag() + ">") + " of the published page (" + rule.selector() + " { " + rule.reason() + " }), "
                        + "though crawlers and models read them. Delete the rule."));
            }
            css.append(style.group()).append('\n');
        }
        return css.length() == 0 ? PostStyles.NONE : PostStyles.ofHtml(css);
    }

    private int element(String body, BodyLines lines, int start, Matcher tag, PostStyles styles, List<Finding> out) {
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        String openTag = tag.group();
        int afterOpen = tag.end();
        boolean swallowing = HiddenHtml.SWALLOWING_TAGS.contains(name);
        String attributes = tag.group(2);
        if (name.equals(HiddenHtml.SELECT)) return SelectList.scan(body, lines, start, tag, out);
        if (name.equals("meta")) return TagText.meta(lines, start, tag, out);
        // A drawing's <title> is its tooltip and its name for a screen reader, as a title attribute is: not hidden prose,
        // once it or the drawing ends (left open, it takes in what follows).
        if (name.equals("title") && TagText.insideDrawing(body, start) && TagText.drawingEnds(body, afterOpen)) return afterOpen;
        if (!swallowing && !mayHide(name, attributes.toLowerCase(Locale.ROOT), styles)) return afterOpen;
        // An element without content hides no text: what follows a hidden <img> or <br> is not inside it.
        if (VOID_ELEMENTS.contains(name) || attributes.stripTrailing().endsWith("/")) return afterOpen;
        int close = closingTag(body, lines, name, afterOpen);
        int contentEnd = close < 0 ? body.length() : close;
        int end = close < 0 || body.indexOf('>', close) < 0 ? body.length() : body.indexOf('>', close) + 1;
        String content = body.substring(afterOpen, contentEnd);
        String hidden = TAGS.matcher(content).replaceAll(" ");
        if (swallowing) return swallowing(body, lines, start, end, name, openTag, close < 0, content, hidden, out);
        Element parsed = EmbeddedContentCheck.attributes(attributes).tagName(name);
        if (org.reviewdesk.markdown.DrawingHiding.TAGS.contains(name)) {
            // Whether a part of it shows its text again is in its content.
            parsed.append(content);
        }
        if (HiddenHtml.overriddenDirection(parsed).filter("rtl"::equals).isPresent() && !hidden.isBlank()) {
            out.add(reversed(lines, start, end, name, openTag, body.substring(start, end), content, hidden));
            return contentEnd;
        }
        Optional<String> reason = HiddenHtml.hidingReason(parsed);
        Optional<PostStyles.HidingRule> rule = reason.isPresent() ? Optional.empty()
                : styles.hiding(parsed).filter(r -> !r.byTagAlone());
        if (rule.isPresent()) reason = rule.map(PostStyles.HidingRule::described);
        if (reason.isEmpty() || hidden.isBlank()) return afterOpen;
        Finding finding = finding(lines, start, end, "A reader of the published page would not see " + quote(hidden) + " ("
                + reason.get() + "), though crawlers and models read it. Unhide it if it belongs in the post, or delete it.");
        out.add(fix(body, start, close < 0 ? -1 : end, openTag, content, parsed, reason.get(), rule)
                .map(finding::withQuickFix).orElse(finding));
        return contentEnd;
    }

    /**
     * What undoes the hiding: the text taken out of an element that hides it, or the element's tag made to show it.
     *
     * @param end where the element ends, or -1 when it is not closed (nothing is then deleted with it)
     */
    private static Optional<QuickFix> fix(String body, int start, int end, String openTag, String content, Element parsed,
                                          String reason, Optional<PostStyles.HidingRule> rule) {
        String name = parsed.tagName().toLowerCase(Locale.ROOT);
        String whole = body.substring(start, end < 0 ? body.length() : end);
        if (HiddenHtml.HIDING_ELEMENTS.contains(name) || HiddenHtml.FOREIGN_TAGS.contains(name)) {
            return Optional.of(new QuickFix("Take the text out of the <" + name + ">",
                    post -> post.withBody(BodyEdits.replaceAt(post.body(), start, whole, content.strip()))));
        }
        if (org.reviewdesk.markdown.DrawingHiding.reason(parsed).filter(reason::equals).isPresent()) {
            return end < 0 ? Optional.empty() : DrawingFix.of(name, start, openTag, whole, reason);
        }
        String unhidden = rule.isPresent() ? Unhide.fromRule(openTag, rule.get()) : Unhide.tag(openTag);
        return Optional.of(new QuickFix("Remove the hiding (" + reason + ")",
                post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, unhidden))));
    }

    /** Whether an element may hide its text, by what its tag says (the rules of {@link HiddenHtml} decide). */
    private static boolean mayHide(String name, String lower, PostStyles styles) {
        return lower.contains("style") || lower.contains("hidden") || lower.contains("class") || lower.contains("popover")
                || HiddenHtml.HIDING_ELEMENTS.contains(name) || name.equals("font") || name.equals("bdo")
                || org.reviewdesk.markdown.DrawingHiding.TAGS.contains(name)
                || (lower.contains("id") && !styles.isEmpty());
    }

    /** Text a {@code <bdo dir="rtl">} or a bidi-override style shows the reader backwards: a machine reads it forwards. */
    private Finding reversed(BodyLines lines, int start, int end, String name, String openTag, String whole, String content,
                             String text) {
        String seen = new StringBuilder(text.strip()).reverse().toString();
        boolean bdo = name.equals("bdo");
        Finding finding = finding(lines, start, end, "The published page shows " + quote(seen) + ", reversed by "
                + (bdo ? "<bdo dir=\"rtl\">" : "unicode-bidi:bidi-override") + ", while crawlers and models read "
                + quote(text) + ". Write the text in the order it is meant to be read.");
        String fixed = bdo ? content : BIDI_OVERRIDE.matcher(openTag).replaceAll("");
        return finding.withQuickFix(new QuickFix(bdo ? "Remove the <bdo>" : "Remove the bidi override",
                post -> post.withBody(BodyEdits.replaceAt(post.body(), start, bdo ? whole : openTag, fixed))));
    }

    private int swallowing(String body, BodyLines lines, int start, int end, String name, String openTag,
                           boolean unclosed, String content, String hidden, List<Finding> out) {
        if (unclosed) {
            if (hidden.isBlank()) return body.length();
            String message = name.equals("plaintext")
                    ? "A <plaintext> shows everything after it on the published page as raw text, markup and all, "
                            + "starting with " + quote(hidden) + ". It has no end tag: delete it."
                    : "An unclosed <" + name + "> swallows everything after it on the published page, starting with "
                            + quote(hidden) + ". Close it, or delete the tag.";
            out.add(finding(lines, start, end, message)
                    .withQuickFix(new QuickFix("Delete the unclosed <" + name + "> tag",
                            post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, "")))));
            return body.length();
        }
        // Markdown between blank lines inside the element is text the author meant to show; otherwise only the
        // elements whose content is never shown hide anything, and a style sheet or a script is not prose.
        boolean swallowsBlocks = BLANK_LINE.matcher(content).find();
        boolean invisible = HiddenHtml.INVISIBLE_CONTENT_TAGS.contains(name) && !name.equals("style") && !name.equals("script");
        if ((swallowsBlocks || invisible) && HiddenHtml.isProse(hidden)) {
            String whole = body.substring(start, end);
            String unwrapped = content.strip();
            out.add(finding(lines, start, end, "Text inside <" + name + "> is not shown as text on the published "
                            + "page: " + quote(hidden) + ". Take it out of the <" + name + ">, or delete it.")
                    .withQuickFix(new QuickFix("Remove the <" + name + "> tags",
                            post -> post.withBody(BodyEdits.replaceAt(post.body(), start, whole, unwrapped)))));
        }
        return end;
    }

    static Finding finding(BodyLines lines, int start, int end, String message) {
        return Finding.inBody(ID, Severity.ERROR, message, lines.lineOf(start), start, end);
    }

    /** The offset of the {@code </name} that closes the element opened before {@code from}, or -1. */
    static int closingTag(String body, BodyLines lines, String name, int from) {
        if (name.equals("plaintext")) return -1; // it has no end tag: the rest of the page is its text
        Pattern either = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s/>])", Pattern.CASE_INSENSITIVE);
        Matcher m = either.matcher(body).region(from, body.length());
        int depth = 1;
        boolean nests = !HiddenHtml.SWALLOWING_TAGS.contains(name) && !name.equals(HiddenHtml.SELECT);
        while (m.find()) {
            if (lines.isCodeAt(m.start())) continue; // a tag in a code block is text on the page
            if (m.group(1).isEmpty()) {
                if (nests) depth++;
            } else if (--depth == 0) {
                return m.start();
            }
        }
        return -1;
    }

    private static boolean lineStartsWithTag(String body, BodyLines lines, int offset) {
        return body.substring(lines.start(lines.lineOf(offset)), offset).isBlank();
    }

    /**
     * The hidden text as the message quotes it: whole when short, else its start, its end and its length, so that the
     * message (by which a dismissal of this check holds, FindingRepository) changes when the hidden text is swapped.
     */
    static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SHOWN_CHARS) return "\"" + flat + "\"";
        int head = flat.offsetByCodePoints(0, 40);
        int tail = flat.offsetByCodePoints(flat.length(), -15);
        int space = flat.indexOf(' ', tail);
        if (space > 0 && space < flat.length() - 3) tail = space + 1;
        return "\"" + flat.substring(0, head).stripTrailing() + " \u2026 " + flat.substring(tail).stripLeading() + "\" ("
                + String.format(java.util.Locale.ROOT, "%,d", flat.length()) + " characters)";
    }
}
