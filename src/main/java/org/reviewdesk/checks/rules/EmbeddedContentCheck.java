package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
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
 * What the published page shows or does that the preview does not, because the preview loads nothing a post points
 * to: a frame, a video or an embedded object (its content is not reviewed here), a form (what the reader types goes
 * elsewhere), a style sheet (the page may look other than the preview), and, as errors, what takes the page from
 * its reader: a {@code <meta>} refresh to another address, a {@code <base>} that sends every relative link
 * elsewhere, a form that asks for a password, and text a post's style sheet adds with {@code content:}, which is on
 * the page and nowhere in the post. The preview shows a note at each ({@code EmbedMarks}). Nothing in code counts.
 */
public final class EmbeddedContentCheck implements Check {
    public static final String ID = "embedded-content";

    private static final Pattern TAG = Pattern.compile(
            "<(iframe|frame|object|embed|applet|portal|video|audio|meta|base|link|form|style|script)(?=[\\s/>])"
                    + HiddenHtml.ATTRIBUTES + ">", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("<source(?=[\\s/>])" + HiddenHtml.ATTRIBUTES + ">",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input(?=[\\s/>])" + HiddenHtml.ATTRIBUTES + ">", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        String body = ctx.post().body();
        if (body.indexOf('<') < 0) return List.of();
        BodyLines lines = ctx.body().lines();
        List<Finding> out = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        Comments comments = new Comments(body, lines);
        int from = 0;
        while (tag.find(from)) {
            int start = tag.start();
            from = tag.end();
            int after = comments.endOfCommentAround(start);
            if (after >= 0) {
                from = after; // inside an HTML comment nothing loads
                continue;
            }
            if (lines.isCodeAt(start) || (start > 0 && body.charAt(start - 1) == '\\')) continue;
            Element element = attributes(tag.group(2));
            Finding finding = finding(body, lines, tag, tag.group(1).toLowerCase(Locale.ROOT), element);
            if (finding != null) out.add(finding);
        }
        ScriptAttributes.scan(body, lines, out);
        ImageLoads.scan(body, lines, out);
        return out;
    }

    private Finding script(String body, BodyLines lines, Matcher tag, Element element) {
        int close = closing(body, "script", tag.end());
        int end = close < 0 ? body.length() : Math.max(close, body.indexOf('>', close) + 1);
        String whole = body.substring(tag.start(), end);
        String from = element.hasAttr("src") ? "from " + where(element.attr("src")) : "written in the post";
        return Finding.inBody(ID, Severity.ERROR, "The published page runs a script here (" + from + "), which the preview "
                        + "never runs: it can change what the page says after you review it. Delete it.",
                        lines.lineOf(tag.start()), tag.start(), end)
                .withQuickFix(new QuickFix("Delete the <script>", post -> post.withBody(BodyEdits.replaceAt(post.body(),
                        tag.start(), whole, ""))));
    }

    /** The body's HTML comments outside code, met in order. */
    private static final class Comments {
        private final String body;
        private final BodyLines lines;
        private int next;

        Comments(String body, BodyLines lines) {
            this.body = body;
            this.lines = lines;
            this.next = open(0);
        }

        /** Where the comment holding {@code offset} ends (after its -->, or the body's end), or -1 when none holds it. */
        int endOfCommentAround(int offset) {
            while (next >= 0 && next < offset) {
                int close = body.indexOf("-->", next + 4);
                if (close < 0) return body.length();
                if (close > offset) return close + 3;
                next = open(close + 3);
            }
            return -1;
        }

        private int open(int from) {
            int at = body.indexOf("<!--", from);
            while (at >= 0 && lines.isCodeAt(at)) at = body.indexOf("<!--", at + 4);
            return at;
        }
    }

    /** The offset of the first end tag {@code </name} (any case) from {@code from}, or -1; without lower-casing the body. */
    private static int closing(String body, String name, int from) {
        int at = body.indexOf("</", from);
        while (at >= 0 && !body.regionMatches(true, at + 2, name, 0, name.length())) at = body.indexOf("</", at + 2);
        return at;
    }

    /** A tag's attributes, as the element a parser makes of them (entities decoded). */
    static Element attributes(String attributes) {
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment("<div" + attributes + ">").body();
        return body.childrenSize() == 0 ? new Element("div") : body.child(0);
    }

    private Finding finding(String body, BodyLines lines, Matcher tag, String name, Element element) {
        String openTag = tag.group();
        int start = tag.start();
        return switch (name) {
            case "iframe", "frame", "portal" -> frame(lines, tag, element);
            case "video", "audio" -> warning(lines, tag, "The published page plays " + (name.equals("video") ? "a video" : "audio")
                    + " from " + where(mediaSource(body, tag, element)) + " here, which the preview does not play. Watch it "
                    + "in a browser, or remove it.");
            case "object", "embed", "applet" -> warning(lines, tag, "The published page embeds an object from "
                    + where(element.hasAttr("data") ? element.attr("data") : element.attr("src")) + " here (<" + name + ">), "
                    + "which the preview does not load. Check it in a browser, or remove it.");
            case "link" -> warning(lines, tag, "The published page loads " + address(element.attr("href")) + " here (<link rel=\""
                    + element.attr("rel").strip() + "\">), which the preview does not"
                    + (element.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet") ? ": a style sheet can hide or add "
                    + "text" : "") + ". Remove it unless the site needs it.")
                    .withQuickFix(delete("Delete the <link>", start, openTag));
            case "form" -> form(body, lines, tag, element);
            case "style" -> style(body, lines, tag);
            case "script" -> script(body, lines, tag, element);
            case "meta" -> meta(lines, tag, element);
            default -> !element.hasAttr("href") ? null : Finding.inBody(ID, Severity.ERROR, "A <base href=\"" + address(element.attr("href")) + "\"> makes every "
                            + "relative link and image of the published page point there, not where the post means. Delete it.",
                    lines.lineOf(start), start, tag.end())
                    .withQuickFix(delete("Delete the <base>", start, openTag));
        };
    }

    private Finding frame(BodyLines lines, Matcher tag, Element element) {
        java.util.Optional<String> own = org.reviewdesk.markdown.WebAddress.framePage(element.attr("srcdoc"), element.attr("src"));
        if (own.isPresent()) {
            return warning(lines, tag, "The published page shows a frame here with a page of its own ("
                    + (element.hasAttr("srcdoc") ? "srcdoc" : "a data: address") + "), whose words readers see: "
                    + HiddenContentCheck.quote(own.get()) + ". Write them in the post, or remove the frame.");
        }
        return warning(lines, tag, "The published page shows a frame from " + where(element.attr("src")) + " here, which "
                + "the preview does not load: what it shows is not reviewed in this desk. Check it in a browser, or remove "
                + "the frame.");
    }

    private Finding form(String body, BodyLines lines, Matcher tag, Element element) {
        int close = closing(body, "form", tag.end());
        String inside = body.substring(tag.end(), close < 0 ? body.length() : close);
        String target = element.attr("action").isBlank() ? "the page itself" : address(element.attr("action"));
        if (asksForPassword(body, inside, element.id())) {
            return Finding.inBody(ID, Severity.ERROR, "A form here asks the reader of the published page for a password and "
                    + "sends it to " + target + ". A post has no reason to; delete the form.", lines.lineOf(tag.start()),
                    tag.start(), tag.end());
        }
        return warning(lines, tag, "A form here sends what the reader of the published page types to " + target
                + ". Make sure it belongs in the post.");
    }

    /** Whether the form has a password field: inside it, or anywhere in the post with form="its id"; entities decoded. */
    private static boolean asksForPassword(String body, String inside, String formId) {
        Matcher input = INPUT.matcher(inside);
        while (input.find()) if (isPassword(attributes(input.group(1)), null)) return true;
        if (formId.isBlank()) return false;
        input = INPUT.matcher(body);
        while (input.find()) if (isPassword(attributes(input.group(1)), formId)) return true;
        return false;
    }

    private static boolean isPassword(Element input, String formId) {
        return input.attr("type").strip().equalsIgnoreCase("password") && (formId == null || input.attr("form").equals(formId));
    }

    private Finding style(String body, BodyLines lines, Matcher tag) {
        int close = closing(body, "style", tag.end());
        PostStyles styles = PostStyles.ofCss(body.substring(tag.end(), close < 0 ? body.length() : close));
        if (!styles.addedText().isEmpty()) {
            return Finding.inBody(ID, Severity.ERROR, "This <style> adds " + HiddenContentCheck.quote(String.join(" ",
                            styles.addedText())) + " to the published page (content:), text the preview does not show and "
                            + "no one reviews. Write it in the post, or delete the rule.", lines.lineOf(tag.start()),
                    tag.start(), tag.end());
        }
        return warning(lines, tag, "This <style> restyles the published page; the preview does not apply it, so the page "
                + "may look other than what you review. Remove it unless the site needs it.");
    }

    private Finding meta(BodyLines lines, Matcher tag, Element element) {
        if (!element.attr("http-equiv").strip().equalsIgnoreCase("refresh")) return null;
        java.util.Optional<String> target = HiddenHtml.refreshTarget(element.attr("content"));
        if (target.isEmpty()) {
            return warning(lines, tag, "A <meta> refresh reloads the published page while it is read. Delete it.")
                    .withQuickFix(delete("Delete the <meta> refresh", tag.start(), tag.group()));
        }
        return Finding.inBody(ID, Severity.ERROR, "A <meta> refresh sends the reader of the published page to "
                        + address(target.get()) + " before they have read the post. Delete it.", lines.lineOf(tag.start()),
                        tag.start(), tag.end())
                .withQuickFix(delete("Delete the <meta> refresh", tag.start(), tag.group()));
    }

    /** A video's or audio's address: its src, else the first {@code <source src>} before its end tag. */
    private static String mediaSource(String body, Matcher tag, Element element) {
        if (element.hasAttr("src")) return element.attr("src");
        int close = closing(body, tag.group(1), tag.end());
        String inside = body.substring(tag.end(), close < 0 ? body.length() : close);
        Matcher source = SOURCE.matcher(inside);
        return source.find() ? attributes(source.group(1)).attr("src") : "";
    }

    private Finding warning(BodyLines lines, Matcher tag, String message) {
        return Finding.inBody(ID, defaultSeverity(), message, lines.lineOf(tag.start()), tag.start(), tag.end());
    }

    private static QuickFix delete(String label, int start, String openTag) {
        return new QuickFix(label, post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, "")));
    }

    /** Where an address points, as a message names it: the host a browser reaches, or the address itself. */
    private static String where(String src) {
        String s = src.strip();
        if (s.isEmpty()) return "an address not given";
        String host = org.reviewdesk.markdown.WebAddress.host(s);
        return host.isEmpty() ? address(s) : host;
    }

    /** An address as a message quotes it, cut when long. */
    private static String address(String href) {
        String s = href.strip().replaceAll("^['\"]|['\"]$", "");
        if (s.isEmpty()) return "an address not given";
        return org.reviewdesk.markdown.WebAddress.cut(s, 80);
    }
}
