package org.reviewdesk.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.library.PostComment;

/**
 * A post's comments in canonical JSON (docs/formats.md): an array of threads, each with its id, author, time, text,
 * state, anchor (start, end, quote, text_removed) and replies. Read back, ids say only which reply is whose.
 */
public final class CommentJson {
    private CommentJson() {
    }

    public static ArrayNode write(List<PostComment> threads) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (PostComment c : threads) array.add(write(c));
        return array;
    }

    private static ObjectNode write(PostComment c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", c.id());
        o.put("author", c.author());
        o.put("created_at", c.createdAt().toString());
        if (c.editedAt() != null) o.put("edited_at", c.editedAt().toString());
        o.put("text", c.text());
        if (!c.isReply()) o.put("state", c.state());
        if (c.anchor() != null) {
            ObjectNode a = o.putObject("anchor");
            a.put("start", c.anchor().start());
            a.put("end", c.anchor().end());
            a.put("quote", c.anchor().quote());
            a.put("text_removed", c.anchor().textRemoved());
        }
        if (!c.isReply()) o.set("replies", write(c.replies()));
        return o;
    }

    /** The threads of the array at JSON pointer {@code at} (null or absent: none). */
    public static List<PostComment> read(JsonNode node, String at) throws JsonFieldException {
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw new JsonFieldException(at, "expected \"comments\": an array of comments");
        List<PostComment> threads = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String here = at + "/" + i;
            PostComment thread = one(node.get(i), here, null);
            JsonNode replies = node.get(i).get("replies");
            List<PostComment> read = new ArrayList<>();
            if (replies != null && !replies.isNull()) {
                if (!replies.isArray()) throw new JsonFieldException(here + "/replies", "expected an array of replies");
                for (int j = 0; j < replies.size(); j++) read.add(one(replies.get(j), here + "/replies/" + j, thread.id()));
            }
            threads.add(thread.withReplies(read));
        }
        return threads;
    }

    private static PostComment one(JsonNode n, String at, Long parent) throws JsonFieldException {
        if (n == null || !n.isObject()) throw new JsonFieldException(at, "expected a comment object");
        String state = n.hasNonNull("state") ? n.get("state").asText() : "open";
        if (!state.equals("open") && !state.equals("resolved")) {
            throw new JsonFieldException(at + "/state", "expected \"open\" or \"resolved\", not \"" + state + "\"");
        }
        PostComment.Anchor anchor = null;
        if (parent == null) {
            JsonNode a = n.get("anchor");
            if (a == null || !a.isObject()) throw new JsonFieldException(at + "/anchor", "expected the anchor: start, end and quote");
            anchor = new PostComment.Anchor(number(a, "start", at + "/anchor"), number(a, "end", at + "/anchor"),
                    text(a, "quote", at + "/anchor"), a.path("text_removed").asBoolean(false));
        }
        return new PostComment(n.path("id").asLong(0), 0, parent, text(n, "author", at), time(n, "created_at", at),
                n.hasNonNull("edited_at") ? time(n, "edited_at", at) : null, text(n, "text", at), state.equals("resolved"),
                anchor, List.of());
    }

    private static String text(JsonNode n, String key, String at) throws JsonFieldException {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) throw new JsonFieldException(at + "/" + key, "expected \"" + key + "\" as text");
        return v.textValue();
    }

    private static int number(JsonNode n, String key, String at) throws JsonFieldException {
        JsonNode v = n.get(key);
        if (v == null || !v.canConvertToInt() || v.intValue() < 0) {
            throw new JsonFieldException(at + "/" + key, "expected \"" + key + "\" as a character offset (0 or more)");
        }
        return v.intValue();
    }

    private static Instant time(JsonNode n, String key, String at) throws JsonFieldException {
        try {
            return Instant.parse(text(n, key, at));
        } catch (DateTimeParseException e) {
            throw new JsonFieldException(at + "/" + key, "expected \"" + key + "\" as an ISO-8601 instant (2026-12-05T02:40:00Z)");
        }
    }
}
