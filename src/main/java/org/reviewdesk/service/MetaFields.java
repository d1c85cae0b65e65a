package org.reviewdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.model.Post;

/** A post's title and meta as a flat map of canonical JSON paths to values, for field-by-field comparison. */
final class MetaFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetaFields() {
    }

    static Map<String, String> flatten(Post post) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", post.title());
        try {
            JsonNode root = JSON.readTree(Formats.writer(Format.JSON).write(post));
            JsonNode meta = root.get("meta");
            if (meta != null) flatten("", meta, out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(prefix, node.asText());
        }
    }
}
