package org.reviewdesk.checks.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.markdown.HiddenHtml;

/**
 * Text a tag holds that the page shows nowhere ({@code <meta>}'s content) or in a way of its own (a drawing's
 * {@code <title>}: its tooltip and its name for a screen reader), for the {@code hidden-content} check.
 */
final class TagText {
    private TagText() {
    }

    /** Whether an {@code <svg>} opened before {@code at} is still open there. */
    static boolean insideDrawing(String body, int at) {
        String before = body.substring(0, at).toLowerCase(Locale.ROOT);
        return before.lastIndexOf("<svg") > before.lastIndexOf("</svg");
    }

    /** Whether a {@code </title>} or a {@code </svg>} comes after {@code from}: what ends a drawing's title. */
    static boolean drawingEnds(String body, int from) {
        String after = body.substring(from).toLowerCase(Locale.ROOT);
        return after.contains("</title") || after.contains("</svg");
    }

    /** A {@code <meta>} whose content is prose: words no reader of the page sees, for crawlers and models alone. */
    static int meta(BodyLines lines, int start, Matcher tag, List<Finding> out) {
        String content = EmbeddedContentCheck.attributes(tag.group(2)).attr("content");
        if (HiddenHtml.isProse(content)) {
            String openTag = tag.group();
            out.add(HiddenContentCheck.finding(lines, start, tag.end(), "A <meta> tag holds text the published page never shows, though "
                            + "crawlers and models read it: " + HiddenContentCheck.quote(content) + ". Delete the tag, or put the text in the post.")
                    .withQuickFix(new QuickFix("Delete the <meta> tag",
                            post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, "")))));
        }
        return tag.end();
    }
}
