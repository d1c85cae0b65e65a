package org.reviewdesk.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.util.List;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.model.Post;

/** Writes canonical JSON: an object for one post, an array for several; two-space indents, LF line ends. */
public final class JsonPostWriter implements PostWriter {
    private static final ObjectWriter WRITER = JsonMapper.builder().build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public String write(Post post) {
        return text(PostJson.write(post));
    }

    @Override
    public String writeAll(List<Post> posts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        posts.forEach(p -> array.add(PostJson.write(p)));
        return text(array);
    }

    /** Like {@link #writeAll} (one post: an object), each post with the comments {@code commentsOf} gives it. */
    public String write(List<Post> posts, java.util.function.Function<Post, List<org.reviewdesk.model.library.PostComment>> commentsOf) {
        if (posts.size() == 1) return text(PostJson.write(posts.get(0), commentsOf.apply(posts.get(0))));
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        posts.forEach(p -> array.add(PostJson.write(p, commentsOf.apply(p))));
        return text(array);
    }

    private static String text(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of text, numbers and booleans always serializes", e);
        }
    }
}
