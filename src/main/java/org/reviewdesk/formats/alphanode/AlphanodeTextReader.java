package org.reviewdesk.formats.alphanode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reviewdesk.formats.GeneratedReference;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.PostReader;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * Reads an "alphanode post" page saved as text (DESIGN.md, "The post and its meta box"): navigation
 * noise, the title, the body, {@code alphanode post meta} and its box, a trailing {@code Similar Posts}.
 */
public final class AlphanodeTextReader implements PostReader {
    static final String REFERENCE_PREFIX = "anp";

    @Override
    public List<Post> read(String text, String fileName) throws PostFormatException {
        String[] lines = SourceText.clean(text).split("\n", -1);
        int titleAt = titleAt(lines, fileName);
        int metaAt = metaOpener(lines, titleAt);
        int metaEnd = metaEnd(lines, metaAt + 1);
        Meta meta = MetaBoxParser.parse(fileName, metaLines(lines, metaAt + 1, metaEnd));
        List<String> bodyLines = Arrays.asList(lines).subList(titleAt + 1, metaAt);
        String title = lines[titleAt].strip();
        String body = BodyToMarkdown.convert(bodyLines, meta.imageSources(), meta.codeLanguage());
        requireWholePage(fileName, lines, metaAt, metaEnd);
        if (meta.reference() == null || meta.reference().isBlank()) {
            meta = meta.toBuilder().reference(GeneratedReference.of(REFERENCE_PREFIX, title, body)).build();
        }
        return List.of(new Post(title, body, meta));
    }

    /**
     * The line of the page each line of the post's body was read from (1-based; 0 for a line the reader wrote itself,
     * such as a code fence), by the body's line: the body is Markdown made from the page's text, so its lines are not
     * the page's.
     *
     * @throws PostFormatException as {@link #read} does for a page it cannot read
     */
    public static int[] bodyFileLines(String text, String fileName) throws PostFormatException {
        String[] lines = SourceText.clean(text).split("\n", -1);
        int titleAt = titleAt(lines, fileName);
        int[] sources = BodyToMarkdown.sourceLines(Arrays.asList(lines).subList(titleAt + 1, metaOpener(lines, titleAt)));
        int[] fileLines = new int[sources.length];
        for (int k = 0; k < sources.length; k++) fileLines[k] = sources[k] < 0 ? 0 : titleAt + 2 + sources[k];
        return fileLines;
    }

    /** The title's line, once the page is known to have a title and a meta box after it. */
    private static int titleAt(String[] lines, String fileName) throws PostFormatException {
        int titleAt = firstContentLine(lines);
        if (titleAt < 0) {
            throw new PostFormatException(fileName, 0, "an empty page (expected a title, a body and 'alphanode post meta')");
        }
        int metaAt = metaOpener(lines, titleAt);
        if (metaAt < 0) {
            throw new PostFormatException(fileName, 0,
                    "no line '" + MetaBoxKeys.OPENER + "' (expected the meta box after the body)");
        }
        if (metaAt == titleAt) {
            throw new PostFormatException(fileName, metaAt + 1,
                    "'" + MetaBoxKeys.OPENER + "' where the title should be (expected a title line first)");
        }
        return titleAt;
    }

    /**
     * A page ends with the {@code Similar Posts} line after its meta box; one that stops before it was cut short, most
     * likely inside the box, and would come in without the fields that were lost (or, with no reference left, as a
     * second copy of a post the library holds). Refused whole, naming the last line read.
     */
    private static void requireWholePage(String fileName, String[] lines, int metaAt, int metaEnd) throws PostFormatException {
        if (metaEnd < lines.length && lines[metaEnd].strip().equals(MetaBoxKeys.TRAILER)) return;
        int last = metaEnd;
        while (last > metaAt + 1 && lines[last - 1].isBlank()) last--;
        throw new PostFormatException(fileName, last, "the page stops inside the meta box, without the '"
                + MetaBoxKeys.TRAILER + "' line that ends a page (expected the rest of the meta box and '"
                + MetaBoxKeys.TRAILER + "'; is the file cut short?)");
    }

    /** The first line that is neither blank nor navigation ({@code |}, {@code | |}). */
    private static int firstContentLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !isNavigation(lines[i])) return i;
        }
        return -1;
    }

    static boolean isNavigation(String line) {
        return line.strip().chars().allMatch(c -> c == '|' || Character.isWhitespace(c)) && line.contains("|");
    }

    /**
     * The line that opens the meta box: the last {@code alphanode post meta} after the title, so that a body with such a
     * line of its own (a post about these pages) keeps it. No line of the box itself reads so.
     */
    private static int metaOpener(String[] lines, int from) {
        for (int i = lines.length - 1; i >= from; i--) {
            if (lines[i].strip().equals(MetaBoxKeys.OPENER)) return i;
        }
        return -1;
    }

    /** Where the box ends: before the trailing {@code Similar Posts} navigation and blank lines. */
    private static int metaEnd(String[] lines, int from) {
        int end = lines.length;
        while (end > from && lines[end - 1].isBlank()) end--;
        if (end > from && lines[end - 1].strip().equals(MetaBoxKeys.TRAILER)) end--;
        return end;
    }

    private static List<MetaBoxLine> metaLines(String[] lines, int from, int to) {
        List<MetaBoxLine> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) out.add(new MetaBoxLine(i + 1, lines[i]));
        return out;
    }
}
