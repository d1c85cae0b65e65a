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
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
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
    public record ParsedFile(Path file, List<Post> posts, PostFormatException error, Map<String, List<PostComment>> comments,
                             int[] bodyFileLines) {
        public ParsedFile(Path file, List<Post> posts, PostFormatException error) {
            this(file, posts, error, Map.of(), null);
        }

        public boolean failed() {
            return error != null;
        }
    }

    public static ParsedFile read(Path file, ImportOptions options) {
        return read(file, options, false);
    }

    /** As {@link #read}, with the line of the file each body line stands on where that is known ({@link #bodyFileLines}). */
    public static ParsedFile readWithLines(Path file, ImportOptions options) {
        return read(file, options, true);
    }

    private static ParsedFile read(Path file, ImportOptions options, boolean withLines) {
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
            int[] lines = withLines ? bodyFileLines(name, text, options.format() != null ? options.format()
                    : Formats.detect(name, text), posts) : null;
            return new ParsedFile(file, posts, null, json ? JsonPostReader.comments(text, posts) : Map.of(), lines);
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
     * For a file of one post, the line of the file each line of its body stands on (1-based, by the body's line less
     * one; 0 for a line the reader wrote itself), so that a line counted in the body can be told as the file's; null
     * where that is not known, so that a line is never put on the wrong place. Known for an alphanode page (read into
     * Markdown: its reader says where each line came from) and where the body stands in the file as it is, and once
     * (Markdown under its front matter, the Markdown source in Review Desk's WXR, a one-line JSON string). Not for a
     * JSON body with escaped line breaks, nor for a file of several posts (a feed), where a short body may stand in
     * another's text and finding each would read the whole file once a post.
     */
    private static int[] bodyFileLines(String name, String text, Format format, List<Post> posts)
            throws PostFormatException {
        if (posts.size() != 1) return null;
        String body = posts.get(0).body();
        if (body == null || body.isBlank()) return null;
        if (format == Format.ALPHANODE) return AlphanodeTextReader.bodyFileLines(text, name);
        int at = text.indexOf(body);
        if (at < 0 || text.indexOf(body, at + 1) >= 0) return null;
        int first = 1;
        for (int k = 0; k < at; k++) if (text.charAt(k) == '\n') first++;
        int[] lines = new int[(int) body.chars().filter(c -> c == '\n').count() + 1];
        for (int k = 0; k < lines.length; k++) lines[k] = first + k;
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
