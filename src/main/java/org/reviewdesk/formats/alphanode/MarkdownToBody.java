package org.reviewdesk.formats.alphanode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.model.ImageSource;

/**
 * Writes a Markdown body the way the pages lay it out: headings as plain lines, {@code   • } bullets,
 * images as a caption and an {@code image source} line, code without fences. Anything else is written as
 * it is, so the reader gives it back unchanged.
 */
final class MarkdownToBody {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[(.*)]\\((.*)\\)$");
    private static final String FENCE = "```";

    private MarkdownToBody() {
    }

    static List<String> convert(String markdown, List<ImageSource> imageSources) {
        List<ImageSource> sources = imageSources == null ? List.of() : imageSources;
        String[] lines = markdown.split("\n", -1);
        // One view of the array: copying it per block made a large body quadratic.
        List<String> view = Arrays.asList(lines);
        List<List<String>> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith(FENCE)) {
                int close = i + 1;
                while (close < lines.length && !lines[close].strip().equals(FENCE)) close++;
                blocks.add(view.subList(i + 1, Math.min(close, lines.length)));
                i = close + 1;
            } else if (line.startsWith("- ")) {
                List<String> bullets = new ArrayList<>();
                while (i < lines.length && lines[i].startsWith("- ")) bullets.add("  • " + lines[i++].substring(2));
                blocks.add(bullets);
            } else {
                int start = i;
                while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith(FENCE)
                        && !lines[i].startsWith("- ")) {
                    i++;
                }
                blocks.add(paragraph(view.subList(start, i), sources));
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> block : blocks) {
            if (!out.isEmpty()) out.add("");
            out.addAll(block);
        }
        return out;
    }

    private static List<String> paragraph(List<String> lines, List<ImageSource> sources) {
        if (lines.size() == 1) {
            Matcher heading = HEADING.matcher(lines.get(0));
            if (heading.matches()) return List.of(heading.group(1));
            Matcher image = IMAGE.matcher(lines.get(0));
            if (image.matches()) {
                String caption = image.group(1);
                return List.of(caption, caption + BodyToMarkdown.IMAGE_SOURCE + sourceOf(caption, sources));
            }
        }
        return lines;
    }

    /** The page names an image's source (unsplash, …); it comes from the image sources of the meta box. */
    private static String sourceOf(String caption, List<ImageSource> sources) {
        for (ImageSource s : sources) {
            if (caption.equals(s.caption())) return s.source() == null ? "" : s.source();
        }
        return "";
    }
}
