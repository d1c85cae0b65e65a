package org.reviewdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.json.JsonPostReader;
import java.util.Map;

/** Reads the posts of one file, whatever its format, without touching the library (import, check, render). */
public final class PostFiles {
    /** A file larger than this is refused before it is read. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private PostFiles() {
    }

    /**
     * The posts of a file, or the reason (with its line) why it cannot be read; a JSON file's comments by the
     * reference of their post.
     */
    public record ParsedFile(Path file, List<Post> posts, PostFormatException error, Map<String, List<PostComment>> comments) {
        public ParsedFile(Path file, List<Post> posts, PostFormatException error) {
            this(file, posts, error, Map.of());
        }

        public boolean failed() {
            return error != null;
        }
    }

    public static ParsedFile read(Path file, ImportOptions options) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new PostFormatException(name, 0, String.format(Locale.ROOT,
                        "the file is %.1f MB; a post file may be at most %d MB", size / 1048576.0, MAX_FILE_BYTES / 1048576));
            }
            String text = SourceText.decode(Files.readAllBytes(file), name);
            ReaderOptions readerOptions = new ReaderOptions(options.splitRelated());
            List<Post> posts = options.format() != null ? Formats.reader(options.format(), readerOptions).read(text, name)
                    : Formats.read(name, text, readerOptions);
            if (posts.isEmpty()) {
                String format = options.format() != null ? options.format().id() + " " : "";
                throw new PostFormatException(name, 0, "no post found in the file (expected at least one " + format + "post)");
            }
            requireOneReferenceEach(posts, name);
            boolean json = options.format() == Format.JSON || options.format() == null && name.toLowerCase(Locale.ROOT).endsWith(".json");
            return new ParsedFile(file, posts, null, json ? JsonPostReader.comments(text, posts) : Map.of());
        } catch (PostFormatException e) {
            return new ParsedFile(file, List.of(), e);
        } catch (IOException e) {
            return new ParsedFile(file, List.of(), new PostFormatException(name, 0, "cannot be read: " + firstLine(e), e));
        } catch (RuntimeException e) {
            // A reader defect must not end a whole import: the file is reported, the others go on.
            return new ParsedFile(file, List.of(), new PostFormatException(name, 0, "could not be read: " + firstLine(e), e));
        }
    }

    /**
     * Where each post's body starts in its file: the 1-based line of the file holding the body's first line, so that a
     * line counted in the body can be told as a line of the file. Known for a file of one post whose body stands in it
     * as it is, and once (Markdown under its front matter, the Markdown source in Review Desk's WXR, a one-line JSON
     * string); 0 elsewhere, so that a line is never put on the wrong place: an alphanode page is read into Markdown, a
     * JSON body's line breaks are escaped, and in a file of many posts (a feed) a short body may stand in another's
     * text (and finding each would read the whole file once a post).
     *
     * @param posts the posts {@link #read} gave for {@code file}, in order
     */
    public static int[] bodyLines(Path file, List<Post> posts) {
        int[] lines = new int[posts.size()];
        if (posts.size() != 1) return lines;
        String body = posts.get(0).body();
        if (body == null || body.isBlank()) return lines;
        String text;
        try {
            text = SourceText.decode(Files.readAllBytes(file), file.toString());
        } catch (IOException | PostFormatException e) {
            return lines; // read once already; if it cannot be read again, its lines are not known
        }
        int at = text.indexOf(body);
        if (at < 0 || text.indexOf(body, at + 1) >= 0) return lines;
        int line = 1;
        for (int k = 0; k < at; k++) if (text.charAt(k) == '\n') line++;
        lines[0] = line;
        return lines;
    }

    /**
     * Refuses a file two of whose posts have the same reference: the second would replace the first in the library (and
     * every import of the file again would report both as updated).
     */
    private static void requireOneReferenceEach(List<Post> posts, String name) throws PostFormatException {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            String reference = posts.get(i).reference();
            if (reference == null) continue;
            Integer first = seen.putIfAbsent(reference, i + 1);
            if (first != null) {
                throw new PostFormatException(name, 0, "posts " + first + " and " + (i + 1) + " of the file have the same "
                        + "reference '" + reference + "'; a reference names one post, so nothing of the file was imported");
            }
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
