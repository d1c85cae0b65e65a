package org.reviewdesk.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.PostReader;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.Post;

/** Reads canonical JSON: one post object, or an array of them. */
public final class JsonPostReader implements PostReader {
    static final String REFERENCE_PREFIX = "json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * The comments of each post of a canonical JSON text, by the post's reference (posts without comments left out).
     * The text is one {@link #read} accepted; only a text that mentions comments is parsed again.
     */
    public static java.util.Map<String, List<org.reviewdesk.model.library.PostComment>> comments(String text, List<Post> posts)
            throws PostFormatException {
        java.util.Map<String, List<org.reviewdesk.model.library.PostComment>> out = new java.util.LinkedHashMap<>();
        if (!text.contains("\"comments\"")) return out;
        try {
            JsonNode root = MAPPER.readTree(SourceText.clean(text));
            for (int i = 0; i < posts.size(); i++) {
                JsonNode node = root.isArray() ? root.get(i) : root;
                var comments = CommentJson.read(node.get("comments"), (root.isArray() ? "/" + i : "") + "/comments");
                if (!comments.isEmpty()) out.put(posts.get(i).reference(), comments);
            }
            return out;
        } catch (JsonProcessingException | JsonFieldException e) {
            throw new PostFormatException("", 0, "the comments cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Post> read(String text, String fileName) throws PostFormatException {
        String json = SourceText.clean(text);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new PostFormatException(fileName, line, "not valid JSON: " + JsonSyntax.reason(e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new PostFormatException(fileName, 0, "no JSON in the file (expected a post object or an array of posts)");
        }
        try {
            if (root.isArray()) {
                if (root.isEmpty()) {
                    throw new JsonFieldException("", "an empty array (expected at least one post)");
                }
                List<Post> posts = new ArrayList<>();
                for (int i = 0; i < root.size(); i++) posts.add(PostJson.read(root.get(i), "/" + i, REFERENCE_PREFIX));
                return posts;
            }
            return List.of(PostJson.read(root, "", REFERENCE_PREFIX));
        } catch (JsonFieldException e) {
            throw new PostFormatException(fileName, JsonLines.lineOf(MAPPER.getFactory(), json, e.pointer()),
                    e.reason());
        }
    }
}
