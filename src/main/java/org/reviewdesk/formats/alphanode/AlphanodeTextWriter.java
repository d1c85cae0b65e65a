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
    @Override
    public String write(Post post) {
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
        lines.addAll(MetaBoxWriter.write(post.meta()));
        lines.add("");
        lines.add(MetaBoxKeys.TRAILER);
        return String.join("\n", lines);
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
