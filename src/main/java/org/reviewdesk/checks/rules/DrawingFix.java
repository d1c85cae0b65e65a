package org.reviewdesk.checks.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.checks.QuickFix;

/**
 * The fix for text a part of a drawing or a formula hides (DrawingHiding): a part that is never drawn is deleted, since
 * its text taken out would still be inside the drawing; text drawn invisible loses the attribute that hides it.
 */
final class DrawingFix {
    private static final Pattern ATTRIBUTE_REASON = Pattern.compile("([a-z-]+)=\"[^\"]*\"");

    private DrawingFix() {
    }

    /**
     * @param start  where the element starts in the body
     * @param whole  the element, from its start tag to its end tag
     * @param reason what DrawingHiding said hides it
     */
    static Optional<QuickFix> of(String name, int start, String openTag, String whole, String reason) {
        if (org.reviewdesk.markdown.DrawingHiding.isNeverDrawn(name)) {
            return Optional.of(new QuickFix("Delete the <" + name + ">",
                    post -> post.withBody(BodyEdits.replaceAt(post.body(), start, whole, ""))));
        }
        Matcher attribute = ATTRIBUTE_REASON.matcher(reason);
        if (!attribute.matches()) return Optional.empty();
        String shown = Pattern.compile("\\s+" + Pattern.quote(attribute.group(1)) + "\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
                Pattern.CASE_INSENSITIVE).matcher(openTag).replaceAll("");
        return Optional.of(new QuickFix("Remove the hiding (" + reason + ")",
                post -> post.withBody(BodyEdits.replaceAt(post.body(), start, openTag, shown))));
    }
}
