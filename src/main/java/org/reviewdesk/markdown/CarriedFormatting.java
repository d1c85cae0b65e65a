package org.reviewdesk.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A formatting element of a post's raw HTML left open at the end of a block ({@code <b style="display:none">} closed
 * three paragraphs later, or never): a browser opens it again in every block that follows, until its end tag, so its
 * style hides those blocks too. The preview renders block by block, so it carries the open tags that hide from one
 * block to the next and puts them before each, for the marks to find; the parser closes them where the post does.
 * Only tags that hide are carried: the preview shows what the page hides, and carries nothing else. Not thread-safe:
 * one per rendering.
 */
final class CarriedFormatting {
    /** The elements an HTML parser reopens in the blocks after the one they were left open in. */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?=[\\s/>])([^<>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);

    private record Open(String name, String tag, boolean hides) {
    }

    private final PostStyles styles;
    private final List<Open> open = new ArrayList<>();

    CarriedFormatting(PostStyles styles) {
        this.styles = styles;
    }

    /** The open tags that hide, as written, to put before the next block's HTML; empty when none. */
    String prefix() {
        StringBuilder prefix = new StringBuilder();
        for (Open o : open) if (o.hides()) prefix.append(o.tag());
        return prefix.toString();
    }

    /** Reads a block's HTML (with the prefix it was given): the tags it opens and leaves open, and those it closes. */
    void advance(String blockHtml) {
        open.clear();
        if (blockHtml.indexOf('<') < 0) return;
        Matcher tag = TAG.matcher(COMMENT.matcher(blockHtml).replaceAll(""));
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                if (!tag.group(3).stripTrailing().endsWith("/")) open.add(new Open(name, tag.group(), hides(name, tag.group(3))));
            } else {
                for (int i = open.size() - 1; i >= 0; i--) {
                    if (open.get(i).name().equals(name)) {
                        open.remove(i);
                        break;
                    }
                }
            }
        }
    }

    private boolean hides(String name, String attributes) {
        String lower = attributes.toLowerCase(Locale.ROOT);
        if (!lower.contains("style") && !lower.contains("hidden") && !lower.contains("class") && !lower.contains("id")
                && !name.equals("font")) {
            return false;
        }
        Element element = Jsoup.parseBodyFragment("<" + name + attributes + ">x").body().child(0);
        return HiddenHtml.hidingReason(element).isPresent() || styles.hiding(element).isPresent();
    }
}
