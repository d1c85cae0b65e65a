package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw HTML that, parsed with the rest of a post, would swallow, hide or reorder the text after it: each element
 * that makes an HTML parser read raw text ({@code <style>} …), a comment, foreign content, a tag left open. Each
 * comes as a block of its own, at the start of a paragraph, and in the middle of one.
 */
final class SwallowingVectors {
    static final List<String> TAGS = List.of("style", "script", "textarea", "title", "noscript", "template", "xmp",
            "plaintext", "iframe", "noembed", "noframes");

    private SwallowingVectors() {
    }

    static List<String> all() {
        List<String> vectors = new ArrayList<>();
        vectors.add("<math><mtext><table><mglyph><style><img src=x>");
        vectors.add("<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror=alert(1)&gt;\">");
        vectors.add("<svg><style><img src=x onerror=alert(1)></style></svg>");
        vectors.add("<svg><p><style><img src=x>");
        vectors.add("<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea><img src=x>\">");
        vectors.add("<!--");
        vectors.add("<!-- a comment left open");
        vectors.add("Words then <!-- a comment --> and <!-- another left open");
        vectors.add("<?php echo 'left open'");
        vectors.add("<![CDATA[ left open");
        vectors.add("<!DOCTYPE left open");
        vectors.add("<div");
        vectors.add("<div title=\"unclosed attribute");
        vectors.add("<a href=\"https://example.org/\">a link left open");
        vectors.add("<table><tr><td>a cell left open");
        vectors.add("<select><option>an option left open");
        vectors.add("<details><summary>folded</summary>");
        vectors.add("<div style=\"display:none\">");
        for (String tag : TAGS) {
            vectors.add("<" + tag + ">");
            vectors.add("<" + tag.toUpperCase(java.util.Locale.ROOT) + " class=\"x\">");
            vectors.add("Text before <" + tag + "> text inside");
            vectors.add("<div><" + tag + ">");
            vectors.add("<" + tag + "><img src=x onerror=alert(1)></" + tag + ">");
        }
        return vectors;
    }
}
