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
        return new BodyToMarkdown(lines, imageSources, codeLanguage).convert(null);
    }

    /**
     * For each line of the Markdown {@link #convert} writes, the index of the body line it was made from; -1 for a line
     * of its own (the blank line between blocks, a code fence). A finding on a line of the body can so be told at the
     * page's line.
     */
    static int[] sourceLines(List<String> lines) {
        List<Integer> sources = new ArrayList<>();
        new BodyToMarkdown(lines, List.of(), "").convert(sources);
        return sources.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @param sources receives each written line's body line (see {@link #sourceLines}), or null */
    private String convert(List<Integer> sources) {
        List<BodyBlock> blocks = blocks();
        // Whether a text block is code, asked once per block: a block is asked about as itself and as the block
        // after a heading candidate, and telling code from prose is most of the reader's time.
        Boolean[] codeBlock = new Boolean[blocks.size()];
        java.util.function.IntPredicate isCode = k -> {
            if (codeBlock[k] == null) codeBlock[k] = blocks.get(k) instanceof BodyBlock.Text t && CodeLines.isCode(t.lines());
            return codeBlock[k];
        };
        Written out = new Written(sources);
        for (int b = 0; b < blocks.size(); b++) {
            BodyBlock block = blocks.get(b);
            out.nextBlock();
            if (block instanceof BodyBlock.Image image) {
                out.add("![" + image.caption() + "](" + urlOf(image.caption()) + ")", image.first());
            } else if (block instanceof BodyBlock.Bullets bullets) {
                for (int k = 0; k < bullets.items().size(); k++) out.add("- " + bullets.items().get(k), bullets.first() + k);
            } else {
                BodyBlock.Text text = (BodyBlock.Text) block;
                if (isCode.test(b)) {
                    b = writeCode(blocks, b, isCode, out);
                } else if (isHeading(text, b + 1 < blocks.size() ? blocks.get(b + 1) : null, b + 1, isCode)) {
                    out.add("## " + text.lines().get(0), text.first());
                } else {
                    out.addAll(text);
                }
            }
        }
        return out.markdown();
    }

    /**
     * Writes the code block at {@code b} fenced, with every code block that follows it: one code block may span blank
     * lines. Returns the index of the last block written.
     */
    private int writeCode(List<BodyBlock> blocks, int b, java.util.function.IntPredicate isCode, Written out) {
        BodyBlock.Text text = (BodyBlock.Text) blocks.get(b);
        out.add("```" + codeLanguage, -1);
        out.addAll(text);
        int last = text.last();
        while (b + 1 < blocks.size() && blocks.get(b + 1) instanceof BodyBlock.Text next && isCode.test(b + 1)) {
            for (int gap = last + 1; gap < next.first(); gap++) out.add("", gap);
            out.addAll(next);
            last = next.last();
            b++;
        }
        out.add("```", -1);
        return b;
    }

    /** The Markdown as it is written, a line at a time, blocks apart by a blank line, with where each line came from. */
    private static final class Written {
        private final StringBuilder markdown = new StringBuilder();
        private final List<Integer> sources;
        private boolean first = true;

        Written(List<Integer> sources) {
            this.sources = sources;
        }

        void nextBlock() {
            if (!first) add("", -1);
        }

        void add(String line, int source) {
            if (!first) markdown.append('\n');
            first = false;
            markdown.append(line);
            if (sources != null) sources.add(source);
        }

        void addAll(BodyBlock.Text text) {
            for (int k = 0; k < text.lines().size(); k++) add(text.lines().get(k), text.first() + k);
        }

        String markdown() {
            return markdown.toString();
        }
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
