package org.reviewdesk.formats.alphanode;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.model.Post;

/**
 * Writes a post as an alphanode page, in the layout of the saved pages, so that
 * {@link AlphanodeTextReader} reads it back to the same post.
 */
public final class AlphanodeTextWriter implements PostWriter {
    /**
     * @throws IllegalArgumentException for a post a page cannot hold as it is, naming the post and the field: a title
     *                                  that is empty or holds a line break (the title is the page's first line), or a
     *                                  meta value with a line break (the box holds a value a line). A page written
     *                                  regardless would read back as another post; JSON and Markdown keep such posts.
     */
    @Override
    public String write(Post post) {
        if (post.title().isBlank() || hasLineBreak(post.title())) {
            throw refused(post, post.title().isBlank() ? "has no title" : "has a line break in its title",
                    "an alphanode page's title is its first line");
        }
        List<String> box = MetaBoxWriter.write(post.meta());
        String broken = brokenValue(box, post.meta().extra().keySet());
        if (broken != null) {
            throw refused(post, "has a line break in its '" + broken + "'", "an alphanode meta box holds a value a line");
        }
        List<String> lines = new ArrayList<>();
        lines.add("|");
        lines.add("");
        lines.add(post.title());
        lines.add("");
        if (!post.body().isBlank()) {
            lines.addAll(MarkdownToBody.convert(post.body(), post.meta().imageSources()));
            lines.add("");
        }
        lines.add(MetaBoxKeys.OPENER);
        lines.add("");
        lines.addAll(box);
        lines.add("");
        lines.add(MetaBoxKeys.TRAILER);
        return String.join("\n", lines);
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    /** The key of the first line of the box whose value holds a line break: its group's for an item. */
    private static String brokenValue(List<String> box, java.util.Set<String> extraKeys) {
        String group = null;
        for (String line : box) {
            boolean item = line.startsWith(" ");
            if (!item) group = line;
            if (!hasLineBreak(line)) continue;
            if (item) return group;
            return MetaBoxKeys.scalarOf(line).map(f -> f.boxKey())
                    .orElseGet(() -> extraKeys.stream().filter(line::startsWith).findFirst().orElse(line.strip()));
        }
        return null;
    }

    private static IllegalArgumentException refused(Post post, String what, String why) {
        String name = post.reference() != null && !post.reference().isBlank() ? post.reference() : "\"" + post.title() + "\"";
        return new IllegalArgumentException("post " + name + " " + what + ", and " + why
                + ": export it as JSON or Markdown, which keep it as it is");
    }

    /**
     * An alphanode page holds one post, and pages written one after the other could not be told apart
     * again; several posts are exported as one file each.
     */
    @Override
    public String writeAll(List<Post> posts) {
        if (posts.size() != 1) {
            throw new IllegalArgumentException("alphanode text holds one post per file, not " + posts.size()
                    + " (export them to a folder, one file per post)");
        }
        return write(posts.get(0));
    }
}
