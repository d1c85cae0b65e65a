package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.markdown.HiddenHtml;

/** The start tags of a post's raw HTML, read as a tokenizer reads them, outside code and not escaped with a backslash. */
final class StartTags {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(?=[\\s/>])" + HiddenHtml.ATTRIBUTES + ">");

    /** One start tag: its name in lower case, its attributes as written, and where it stands in the body. */
    record Tag(String name, String attributes, int start, int end) {
        /** The attributes as the element a parser makes of them (entities decoded). */
        Element element() {
            return EmbeddedContentCheck.attributes(attributes);
        }
    }

    private StartTags() {
    }

    /** The tags whose attributes {@code worth} finds something in (a quick filter before any parse), in order. */
    static List<Tag> of(String body, BodyLines lines, Pattern worth) {
        List<Tag> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            if (!worth.matcher(tag.group(2)).find()) continue;
            int start = tag.start();
            if (lines.isCodeAt(start) || (start > 0 && body.charAt(start - 1) == '\\')) continue;
            tags.add(new Tag(tag.group(1).toLowerCase(Locale.ROOT), tag.group(2), start, tag.end()));
        }
        return tags;
    }
}
