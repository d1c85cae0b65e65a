package org.reviewdesk.formats;

import java.util.List;
import org.reviewdesk.model.Post;

/** Reads the posts of one source text. A reader either returns every post of the text or rejects it whole. */
public interface PostReader {
    /**
     * @param text     the decoded text (see {@link SourceText}); line ends may be LF or CRLF
     * @param fileName the name used in error messages
     */
    List<Post> read(String text, String fileName) throws PostFormatException;
}
