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
            "<(iframe|frame|object|embed|applet|portal|video|audio|meta|base|link|form|style)(?=[\\s/>])([^<>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSWORD = Pattern.compile("<input(?=\\s)[^<>]*\\stype\\s*=\\s*[\"']?password",
            Pattern.CASE_INSENSITIVE);

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
        while (tag.find()) {
            int start = tag.start();
            if (lines.isCodeAt(start) || (start > 0 && body.charAt(start - 1) == '\\')) continue;
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Element element = Jsoup.parseBodyFragment("<div" + tag.group(2) + ">").body().child(0);
            Finding finding = finding(body, lines, tag, name, element);
            if (finding != null) out.add(finding);
        }
        return out;
    }

    private Finding finding(String body, BodyLines lines, Matcher tag, String name, Element element) {
        String openTag = tag.group();
        int start = tag.start();
        return switch (name) {
            case "iframe", "frame", "portal" -> warning(lines, tag, "The published page shows a frame from "
                    + where(element.attr("src")) + " here, which the preview does not load: what it shows is not reviewed "
                    + "in this desk. Check it in a browser, or remove the frame.");
            case "video", "audio" -> warning(lines, tag, "The published page plays " + (name.equals("video") ? "a video" : "audio")
                    + " from " + where(mediaSource(body, tag, element)) + " here, which the preview does not play. Watch it "
                    + "in a browser, or remove it.");
            case "object", "embed", "applet" -> warning(lines, tag, "The published page embeds an object from "
                    + where(element.hasAttr("data") ? element.attr("data") : element.attr("src")) + " here (<" + name + ">), "
                    + "which the preview does not load. Check it in a browser, or remove it.");
            case "link" -> warning(lines, tag, "The published page loads " + address(element.attr("href")) + " here (<link rel=\""
                    + element.attr("rel").strip() + "\">), which the preview does not: a style sheet can hide or add text. "
                    + "Remove it unless the site needs it.")
                    .withQuickFix(delete("Delete the <link>", start, openTag));
            case "form" -> form(body, lines, tag, element);
            case "style" -> style(body, lines, tag);
            case "meta" -> meta(lines, tag, element);
            default -> Finding.inBody(ID, Severity.ERROR, "A <base href=\"" + address(element.attr("href")) + "\"> makes every "
                            + "relative link and image of the published page point there, not where the post means. Delete it.",
                    lines.lineOf(start), start, tag.end())
                    .withQuickFix(delete("Delete the <base>", start, openTag));
        };
    }

    private Finding form(String body, BodyLines lines, Matcher tag, Element element) {
        int close = body.toLowerCase(Locale.ROOT).indexOf("</form", tag.end());
        String inside = body.substring(tag.end(), close < 0 ? body.length() : close);
        String target = element.attr("action").isBlank() ? "the page itself" : address(element.attr("action"));
        if (PASSWORD.matcher(inside).find()) {
            return Finding.inBody(ID, Severity.ERROR, "A form here asks the reader of the published page for a password and "
                    + "sends it to " + target + ". A post has no reason to; delete the form.", lines.lineOf(tag.start()),
                    tag.start(), tag.end());
        }
        return warning(lines, tag, "A form here sends what the reader of the published page types to " + target
                + ". Make sure it belongs in the post.");
    }

    private Finding style(String body, BodyLines lines, Matcher tag) {
        int close = body.toLowerCase(Locale.ROOT).indexOf("</style", tag.end());
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
        String content = element.attr("content");
        int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
        String target = url < 0 ? "this same page, again and again" : address(content.substring(url + 4));
        return Finding.inBody(ID, Severity.ERROR, "A <meta> refresh sends the reader of the published page to " + target
                        + " before they have read the post. Delete it.", lines.lineOf(tag.start()), tag.start(), tag.end())
                .withQuickFix(delete("Delete the <meta> refresh", tag.start(), tag.group()));
    }

    /** A video's or audio's address: its src, else the first {@code <source src>} before its end tag. */
    private static String mediaSource(String body, Matcher tag, Element element) {
        if (element.hasAttr("src")) return element.attr("src");
        int close = body.toLowerCase(Locale.ROOT).indexOf("</" + tag.group(1).toLowerCase(Locale.ROOT), tag.end());
        String inside = body.substring(tag.end(), close < 0 ? body.length() : close);
        Matcher source = Pattern.compile("<source(?=\\s)([^<>]*)>", Pattern.CASE_INSENSITIVE).matcher(inside);
        return source.find() ? Jsoup.parseBodyFragment("<div" + source.group(1) + ">").body().child(0).attr("src") : "";
    }

    private Finding warning(BodyLines lines, Matcher tag, String message) {
        return Finding.inBody(ID, defaultSeverity(), message, lines.lineOf(tag.start()), tag.start(), tag.end());
    }

    private static QuickFix delete(String label, int start, String openTag) {
        return new QuickFix(label, post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, "")));
    }

    /** Where an address points, as a message names it: its host, or the address itself. */
    private static String where(String src) {
        String s = src.strip();
        if (s.isEmpty()) return "an address not given";
        Matcher host = Pattern.compile("(?i)^(?:https?:)?//([^/?#:@\\s]+@)?([^/?#:\\s]+)").matcher(s);
        return host.find() ? host.group(2) : address(s);
    }

    /** An address as a message quotes it, cut when long. */
    private static String address(String href) {
        String s = href.strip().replaceAll("^['\"]|['\"]$", "");
        if (s.isEmpty()) return "an address not given";
        return s.length() > 80 ? s.substring(0, 77) + "\u2026" : s;
    }
}
