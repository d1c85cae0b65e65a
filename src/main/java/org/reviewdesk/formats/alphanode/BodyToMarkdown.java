package org.reviewdesk.formats.alphanode;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.ImageSource;

/**
 * Turns the body lines of an alphanode page into Markdown: {@code ## } headings, paragraphs, {@code - }
 * bullets, images with the URL of their caption, and unfenced code fenced with the post's code language.
 */
final class BodyToMarkdown {
    static final String IMAGE_SOURCE = ". image source: ";
    private static final int MAX_HEADING_CHARS = 60;
    private static final int MAX_HEADING_WORDS = 8;

    private final List<String> lines;
    private final List<ImageSource> imageSources;
    private final String codeLanguage;

    private BodyToMarkdown(List<String> lines, List<ImageSource> imageSources, String codeLanguage) {
        this.lines = lines;
        this.imageSources = imageSources == null ? List.of() : imageSources;
        this.codeLanguage = codeLanguage == null ? "" : codeLanguage;
    }

    static String convert(List<String> lines, List<ImageSource> imageSources, String codeLanguage) {
        return new BodyToMarkdown(lines, imageSources, codeLanguage).convert();
    }

    private String convert() {
        List<BodyBlock> blocks = blocks();
        // Whether a text block is code, asked once per block: a block is asked about as itself and as the block
        // after a heading candidate, and telling code from prose is most of the reader's time.
        Boolean[] codeBlock = new Boolean[blocks.size()];
        java.util.function.IntPredicate isCode = k -> {
            if (codeBlock[k] == null) codeBlock[k] = blocks.get(k) instanceof BodyBlock.Text t && CodeLines.isCode(t.lines());
            return codeBlock[k];
        };
        List<String> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            BodyBlock block = blocks.get(b);
            if (block instanceof BodyBlock.Image image) {
                out.add("![" + image.caption() + "](" + urlOf(image.caption()) + ")");
            } else if (block instanceof BodyBlock.Bullets bullets) {
                out.add(String.join("\n", bullets.items().stream().map(item -> "- " + item).toList()));
            } else {
                BodyBlock.Text text = (BodyBlock.Text) block;
                if (isCode.test(b)) {
                    // One code block may span blank lines: take every code block that follows.
                    List<String> code = new ArrayList<>(text.lines());
                    int last = text.last();
                    while (b + 1 < blocks.size() && blocks.get(b + 1) instanceof BodyBlock.Text next
                            && isCode.test(b + 1)) {
                        for (int gap = last + 1; gap < next.first(); gap++) code.add("");
                        code.addAll(next.lines());
                        last = next.last();
                        b++;
                    }
                    out.add("```" + codeLanguage + "\n" + String.join("\n", code) + "\n```");
                } else if (isHeading(text, b + 1 < blocks.size() ? blocks.get(b + 1) : null, b + 1, isCode)) {
                    out.add("## " + text.lines().get(0));
                } else {
                    out.add(String.join("\n", text.lines()));
                }
            }
        }
        return String.join("\n\n", out);
    }

    /** Splits the lines into blocks at blank lines, images and the edges of bullet lists. */
    private List<BodyBlock> blocks() {
        List<BodyBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (isImageAt(i)) {
                String source = lines.get(i + 1).substring(line.length() + IMAGE_SOURCE.length());
                blocks.add(new BodyBlock.Image(i, i + 1, line, source));
                i += 2;
            } else if (isBullet(line)) {
                int start = i;
                List<String> items = new ArrayList<>();
                while (i < lines.size() && isBullet(lines.get(i))) items.add(bulletText(lines.get(i++)));
                blocks.add(new BodyBlock.Bullets(start, i - 1, items));
            } else {
                int start = i;
                while (i < lines.size() && !lines.get(i).isBlank() && !isBullet(lines.get(i)) && !isImageAt(i)) i++;
                blocks.add(new BodyBlock.Text(start, i - 1, List.copyOf(lines.subList(start, i))));
            }
        }
        return blocks;
    }

    /**
     * A heading is a short line alone between blank lines, without a final stop, that introduces
     * paragraphs or bullets ("why this matters", "implementation checklist").
     */
    private boolean isHeading(BodyBlock.Text text, BodyBlock next, int nextIndex, java.util.function.IntPredicate isCode) {
        if (text.lines().size() != 1 || next == null) return false;
        String line = text.lines().get(0).strip();
        boolean separated = (text.first() == 0 || lines.get(text.first() - 1).isBlank())
                && lines.get(text.last() + 1).isBlank();
        // The cheap tests first: whether the next block is code is asked only of a line that could be a heading.
        return separated && line.length() <= MAX_HEADING_CHARS
                && CodeLines.fields(line) <= MAX_HEADING_WORDS
                && ".!?:;,".indexOf(line.charAt(line.length() - 1)) < 0
                && (next instanceof BodyBlock.Bullets || next instanceof BodyBlock.Text && !isCode.test(nextIndex));
    }

    private boolean isImageAt(int i) {
        String caption = lines.get(i);
        return i + 1 < lines.size() && !caption.isBlank() && !isBullet(caption)
                && lines.get(i + 1).startsWith(caption + IMAGE_SOURCE);
    }

    static boolean isBullet(String line) {
        return line.stripLeading().startsWith(MetaBoxKeys.BULLET) && line.startsWith(" ");
    }

    private static String bulletText(String line) {
        String s = line.stripLeading().substring(MetaBoxKeys.BULLET.length());
        return s.startsWith(" ") ? s.substring(1) : s;
    }

    /** The URL of the image with this caption; none is kept as an empty URL (flagging it is the checks' job). */
    private String urlOf(String caption) {
        for (ImageSource source : imageSources) {
            if (caption.equals(source.caption())) return source.url() == null ? "" : source.url();
        }
        return "";
    }
}
