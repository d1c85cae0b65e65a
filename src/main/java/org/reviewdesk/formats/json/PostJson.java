package org.reviewdesk.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.reviewdesk.formats.GeneratedReference;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** A post as a canonical JSON object: {@code title}, {@code body}, {@code meta}, and its {@code comments} when it has some. */
public final class PostJson {
    private static final Set<String> KEYS = Set.of("title", "body", "meta", "comments");

    private PostJson() {
    }

    public static ObjectNode write(Post post) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("title", post.title());
        o.put("body", post.body());
        o.set("meta", MetaJson.write(post.meta()));
        return o;
    }

    /** The post with its comments (none: no {@code comments} key, as a post without comments is written). */
    public static ObjectNode write(Post post, java.util.List<org.reviewdesk.model.library.PostComment> comments) {
        ObjectNode o = write(post);
        if (!comments.isEmpty()) o.set("comments", CommentJson.write(comments));
        return o;
    }

    /**
     * Reads one post object at JSON pointer {@code at}. A post without a reference gets a stable generated
     * one ({@code <referencePrefix>-gen-…}).
     */
    public static Post read(JsonNode node, String at, String referencePrefix) throws JsonFieldException {
        if (!node.isObject()) {
            throw new JsonFieldException(at, "expected a post object with title, body and meta");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new JsonFieldException(at + "/" + name, "unexpected key '" + name
                        + "' in a post (expected title, body, meta and comments; unknown meta keys go inside meta)");
            }
        }
        JsonNode title = node.get("title");
        // An empty title is text too: the model keeps one (a WordPress post may have none), its rules report it as
        // required, and this format promises to keep any post exactly.
        if (title == null || !title.isTextual()) {
            throw new JsonFieldException(title == null ? at : at + "/title", "expected \"title\": the post's title, as text");
        }
        JsonNode body = node.get("body");
        if (body != null && !body.isNull() && !body.isTextual()) {
            throw new JsonFieldException(at + "/body", "expected \"body\": the post's Markdown, as text");
        }
        // Line ends as every other reader gives them: a CR kept here came back as a line end through every other format,
        // and an import of this post's own Markdown export then reported it changed.
        String bodyText = body == null || body.isNull() ? "" : org.reviewdesk.formats.SourceText.normalizeLineEnds(body.textValue());
        Meta meta = MetaJson.read(node.get("meta"), at + "/meta");
        CommentJson.read(node.get("comments"), at + "/comments");
        if (meta.reference() == null || meta.reference().isBlank()) {
            meta = meta.toBuilder().reference(GeneratedReference.of(referencePrefix, title.textValue(), bodyText)).build();
        }
        return new Post(title.textValue(), bodyText, meta);
    }
}
