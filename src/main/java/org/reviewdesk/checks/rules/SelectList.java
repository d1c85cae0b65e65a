package org.reviewdesk.checks.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.markdown.HiddenHtml;

/**
 * A drop-down list ({@code <select>}) in a post's raw HTML, for the {@code hidden-content} check. A browser keeps the
 * text inside it but drops every tag except its options', and shows only the options: text outside them is never on
 * the page, and a list left open takes in the rest of the post up to a {@code </select>}, headings and all.
 */
final class SelectList {
    private static final Pattern OPTION_TAG = Pattern.compile("<(/?)(option|optgroup)(?=[\\s/>])[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = HiddenContentCheck.TAGS;
    /** The tags a browser ends a list at: its own end tag, the start of another list or field, a table's cells and rows. */
    static final Pattern ENDS = Pattern.compile("<(/select|" + String.join("|", HiddenHtml.LIST_ENDING_TAGS)
            + "|/?td|/?th|/?tr|/table)(?=[\\s/>])", Pattern.CASE_INSENSITIVE);

    private SelectList() {
    }

    /** Reports what the list at {@code start} hides; returns where to go on scanning. */
    static int scan(String body, BodyLines lines, int start, Matcher tag, List<Finding> out) {
        String openTag = tag.group();
        int afterOpen = tag.end();
        int close = end(body, lines, afterOpen);
        String content = body.substring(afterOpen, close < 0 ? body.length() : close);
        Optional<String> reason = HiddenHtml.hidingReason(EmbeddedContentCheck.attributes(tag.group(2)).tagName("select"));
        String hidden = outsideOptions(content);
        if (reason.isPresent() && !TAGS.matcher(content).replaceAll(" ").isBlank()) {
            String unhidden = Unhide.tag(openTag);
            out.add(HiddenContentCheck.finding(lines, start, close < 0 ? body.length() : close, "A reader of the published "
                            + "page would not see the list " + HiddenContentCheck.quote(TAGS.matcher(content).replaceAll(" "))
                            + " (" + reason.get() + "), though crawlers and models read it. Unhide it if it belongs in the post, "
                            + "or delete it.")
                    .withQuickFix(new QuickFix("Remove the hiding (" + reason.get() + ")",
                            post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, unhidden)))));
        } else if (close < 0 && !hidden.isBlank()) {
            out.add(HiddenContentCheck.finding(lines, start, body.length(), "An unclosed <select> hides everything after "
                            + "it on the published page, starting with " + HiddenContentCheck.quote(hidden) + ": a browser "
                            + "puts it in the drop-down list, which shows only its options. Close it after its last option, "
                            + "or delete the tag.")
                    .withQuickFix(new QuickFix("Delete the unclosed <select> tag",
                            post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, "")))));
        } else if (close >= 0 && !hidden.isBlank()) {
            String moved = hidden.replaceAll("\\s+", " ").strip() + " " + openTag + split(content)[1];
            out.add(HiddenContentCheck.finding(lines, start, close, "Text inside a <select> and outside its options is not "
                            + "shown on the published page, though crawlers and models read it: " + HiddenContentCheck.quote(hidden)
                            + ". Take it out of the list, or delete it.")
                    .withQuickFix(new QuickFix("Take the text out of the list", post -> post.withBody(
                            BodyEdits.replaceAt(post.body(), start, openTag + content, moved)))));
        }
        if (close < 0) return reason.isEmpty() && !hidden.isBlank() ? body.length() : afterOpen;
        // Another list's start tag ends this one and starts none.
        if (body.regionMatches(true, close, "<select", 0, 7)) return Math.max(afterOpen, body.indexOf('>', close) + 1);
        // Its options are elements of their own, which may hide their text as any other does.
        return afterOpen;
    }

    /**
     * Where the list opened before {@code from} ends: its end tag, or a tag a browser ends it at (another list, a field,
     * a table's cell or row), outside code; -1 when nothing ends it.
     */
    static int end(String body, BodyLines lines, int from) {
        // In a table's row the cell ends it, and the Markdown writes the cell's end as a '|'.
        int line = lines.lineOf(from);
        if (body.substring(lines.start(line), from).strip().startsWith("|")) {
            for (int i = from; i < Math.min(body.length(), lines.end(line)); i++) {
                if (body.charAt(i) == '|' && body.charAt(i - 1) != '\\') return i;
            }
        }
        Matcher m = ENDS.matcher(body).region(from, body.length());
        while (m.find()) {
            if (!lines.isCodeAt(m.start())) return m.start();
        }
        return -1;
    }

    /** The text of a list's content that is in none of its options. */
    static String outsideOptions(String content) {
        return TAGS.matcher(split(content)[0]).replaceAll(" ");
    }

    /** A list's content split in two: what is in none of its options, and its options as written. */
    private static String[] split(String content) {
        StringBuilder outside = new StringBuilder();
        StringBuilder options = new StringBuilder();
        Matcher option = OPTION_TAG.matcher(content);
        int from = 0;
        boolean inOption = false;
        while (option.find()) {
            (inOption ? options : outside.append(' ')).append(content, from, option.start());
            options.append(option.group());
            inOption = option.group(1).isEmpty() && option.group(2).toLowerCase(Locale.ROOT).equals("option");
            from = option.end();
        }
        (inOption ? options : outside).append(content.substring(from));
        return new String[] {outside.toString(), options.toString()};
    }
}
