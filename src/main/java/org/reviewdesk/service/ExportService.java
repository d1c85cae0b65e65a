package org.reviewdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.model.library.PostComment;
import java.util.function.Function;
import org.reviewdesk.model.Post;

/**
 * Writes posts out of the library in any writable format, to one text or to one file per post. JSON carries each post's
 * comments; the other formats have no place for them and leave them out (docs/formats.md).
 */
public final class ExportService {
    private final Function<Post, List<PostComment>> commentsOf;

    /** An export without comments (of posts that are not in a library). */
    public ExportService() {
        this(p -> List.of());
    }

    ExportService(Function<Post, List<PostComment>> commentsOf) {
        this.commentsOf = commentsOf;
    }

    /** One text: for JSON an object for one post and an array for several; other formats one after another. */
    public String exportText(List<Post> posts, Format format) {
        PostWriter writer = Formats.writer(format);
        if (writer instanceof JsonPostWriter json) return json.write(posts, commentsOf);
        return posts.size() == 1 ? writer.write(posts.get(0)) : writer.writeAll(posts);
    }

    /**
     * One file per post in {@code dir}, named after the post's reference. Each file is written to a temporary
     * name first and then moved into place, so that an interrupted export never leaves half a file.
     */
    public List<Path> exportToFolder(List<Post> posts, Format format, Path dir) throws IOException {
        PostWriter writer = Formats.writer(format);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": a file, not a folder (an export writes one file per post into a folder,"
                    + " made when missing)");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Post post : posts) {
            String base = fileName(post);
            String name = base;
            for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + "-" + i;
            }
            Path target = dir.resolve(name + "." + format.extension());
            Path temp = dir.resolve("." + name + ".part");
            String text = writer instanceof JsonPostWriter json ? json.write(List.of(post), commentsOf) : writer.write(post);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }

    /** A file name that every file system accepts: the reference, or the title when there is none. */
    static String fileName(Post post) {
        String raw = post.reference() != null && !post.reference().isBlank() ? post.reference() : post.title();
        String safe = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (safe.length() > 100) safe = safe.substring(0, 100);
        return safe.isEmpty() ? "post" : safe;
    }
}
