package org.reviewdesk.formats;

import java.util.List;
import org.reviewdesk.model.Post;

/** Writes posts in one format; what it writes, the reader of the same format reads back to the same posts. */
public interface PostWriter {
    String write(Post post);

    /** Several posts in one text (a JSON array, for example). */
    String writeAll(List<Post> posts);
}
