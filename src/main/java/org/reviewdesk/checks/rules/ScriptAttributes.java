package org.reviewdesk.checks.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;

/**
 * The scripts a post's tags run on the published page without a {@code <script>}: an event handler ({@code onerror},
 * {@code onload} …) and a {@code javascript:} address. The preview runs none of them (the sanitizer drops them), so a
 * reviewer never sees what they do; {@link EmbeddedContentCheck} reports each as an error. Nothing in code counts.
 */
final class ScriptAttributes {
    private static final Pattern MAY_RUN = Pattern.compile("[\\s/\"']on[a-z]+\\s*=|javascript|&", Pattern.CASE_INSENSITIVE);

    private ScriptAttributes() {
    }

    static void scan(String body, BodyLines lines, List<Finding> out) {
        for (StartTags.Tag tag : StartTags.of(body, lines, MAY_RUN)) {
            if (insideComment(body, tag.start())) continue;
            String what = runs(tag.element());
            if (what == null) continue;
            out.add(Finding.inBody(EmbeddedContentCheck.ID, Severity.ERROR, "This <" + tag.name()
                    + "> runs a script on the published page " + what + ", which the preview never runs: it can change "
                    + "what the page says or send the reader elsewhere. Remove it.", lines.lineOf(tag.start()), tag.start(),
                    tag.end()));
        }
    }

    /** What of the element runs a script ("when it fails to load (onerror)"), or null. */
    private static String runs(Element element) {
        for (Attribute a : element.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("on") && name.length() > 2) return "on an event (" + name + ")";
            String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
            if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction")
                    || name.equals("data")) && value.startsWith("javascript:")) {
                return "from its address (" + name + "=\"javascript:…\")";
            }
        }
        return null;
    }

    private static boolean insideComment(String body, int offset) {
        int open = body.lastIndexOf("<!--", offset);
        return open >= 0 && body.lastIndexOf("-->", offset) < open;
    }
}
