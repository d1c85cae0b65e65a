package org.reviewdesk.formats.wxr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

/**
 * The meta box as the canonical JSON object of DESIGN.md, stored in the {@code review_desk_meta} post meta
 * of a WXR export. Kept here rather than borrowed from the JSON format so that WXR works on its own. An
 * absent field is left out, never written as a default; an unknown key read back goes to {@code extra}.
 */
final class MetaJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of("topic", "summary", "ai_outline", "ai_brief", "stack", "tools",
            "code_language", "difficulty", "reading_time", "view_count", "score", "revision", "reference", "hash",
            "flags", "checklist", "entities", "image_sources", "payload", "notes", "extra");

    private MetaJson() {
    }

    static String write(Meta meta) {
        ObjectNode o = MAPPER.createObjectNode();
        text(o, "topic", meta.topic());
        text(o, "summary", meta.summary());
        if (meta.aiOutline() != null) {
            ObjectNode n = o.putObject("ai_outline");
            AiOutline a = meta.aiOutline();
            text(n, "context", a.context());
            text(n, "problem", a.problem());
            text(n, "stack", a.stack());
            text(n, "recommended_action", a.recommendedAction());
        }
        text(o, "ai_brief", meta.aiBrief());
        strings(o, "stack", meta.stack());
        strings(o, "tools", meta.tools());
        text(o, "code_language", meta.codeLanguage());
        text(o, "difficulty", meta.difficulty() == null ? null : meta.difficulty().value());
        if (meta.readingTime() != null) o.put("reading_time", meta.readingTime());
        if (meta.viewCount() != null) o.put("view_count", meta.viewCount());
        if (meta.score() != null) {
            ObjectNode n = o.putObject("score");
            Score s = meta.score();
            number(n, "quality", s.quality());
            number(n, "freshness", s.freshness());
            number(n, "depth", s.depth());
            number(n, "clarity", s.clarity());
        }
        if (meta.revision() != null) {
            ObjectNode n = o.putObject("revision");
            Revision r = meta.revision();
            text(n, "status", r.status() == null ? null : r.status().value());
            text(n, "version", r.version() == null ? null : r.version().toString());
            text(n, "last_reviewed", r.lastReviewed() == null ? null : r.lastReviewed().toString());
        }
        text(o, "reference", meta.reference());
        text(o, "hash", meta.hash());
        if (meta.flags() != null) {
            ObjectNode n = o.putObject("flags");
            Flags f = meta.flags();
            flag(n, "ai_generated_style", f.aiGeneratedStyle());
            flag(n, "has_images", f.hasImages());
            flag(n, "image_heavy", f.imageHeavy());
            flag(n, "needs_human_review", f.needsHumanReview());
        }
        strings(o, "checklist", meta.checklist());
        if (meta.entities() != null) {
            ArrayNode a = o.putArray("entities");
            meta.entities().forEach(e -> text(text(a.addObject(), "name", e.name()), "type", e.type()));
        }
        if (meta.imageSources() != null) {
            ArrayNode a = o.putArray("image_sources");
            meta.imageSources().forEach(i ->
                    text(text(text(a.addObject(), "source", i.source()), "url", i.url()), "caption", i.caption()));
        }
        if (meta.payload() != null) {
            ObjectNode n = o.putObject("payload");
            Payload p = meta.payload();
            text(n, "source_id", p.sourceId());
            text(n, "generator", p.generator());
            number(n, "paragraphs", p.paragraphs());
            text(n, "scenario", p.scenario());
            if (p.seed() != null) n.put("seed", p.seed());
        }
        strings(o, "notes", meta.notes());
        if (!meta.extra().isEmpty()) {
            ObjectNode n = o.putObject("extra");
            meta.extra().forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    ArrayNode a = n.putArray(k);
                    list.forEach(item -> a.add(String.valueOf(item)));
                } else {
                    n.put(k, String.valueOf(v));
                }
            });
        }
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write meta as JSON", e);
        }
    }

    /** Reads the JSON back; a value of the wrong kind is an {@link IllegalArgumentException} naming the key. */
    static Meta read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("expected a JSON object");
        Meta.Builder b = Meta.builder()
                .topic(text(root, "topic"))
                .summary(text(root, "summary"))
                .aiBrief(text(root, "ai_brief"))
                .stack(strings(root, "stack"))
                .tools(strings(root, "tools"))
                .codeLanguage(text(root, "code_language"))
                .readingTime(integer(root, "reading_time"))
                .viewCount(longNumber(root, "view_count"))
                .reference(text(root, "reference"))
                .hash(text(root, "hash"))
                .checklist(strings(root, "checklist"))
                .notes(strings(root, "notes"));
        String difficulty = text(root, "difficulty");
        if (difficulty != null) b.difficulty(Difficulty.of(difficulty));
        JsonNode n;
        if ((n = group(root, "ai_outline")) != null) {
            b.aiOutline(new AiOutline(text(n, "context"), text(n, "problem"), text(n, "stack"),
                    text(n, "recommended_action")));
        }
        if ((n = group(root, "score")) != null) {
            b.score(new Score(integer(n, "quality"), integer(n, "freshness"), integer(n, "depth"), integer(n, "clarity")));
        }
        if ((n = group(root, "revision")) != null) b.revision(revision(n));
        if ((n = group(root, "flags")) != null) {
            b.flags(new Flags(flag(n, "ai_generated_style"), flag(n, "has_images"), flag(n, "image_heavy"),
                    flag(n, "needs_human_review")));
        }
        b.entities(records(root, "entities", e -> new Entity(text(e, "name"), text(e, "type"))));
        b.imageSources(records(root, "image_sources",
                i -> new ImageSource(text(i, "source"), text(i, "url"), text(i, "caption"))));
        if ((n = group(root, "payload")) != null) {
            b.payload(new Payload(text(n, "source_id"), text(n, "generator"), integer(n, "paragraphs"),
                    text(n, "scenario"), longNumber(n, "seed")));
        }
        b.extra(extra(root));
        return b.build();
    }

    private static Revision revision(JsonNode n) {
        String status = text(n, "status");
        String version = text(n, "version");
        String reviewed = text(n, "last_reviewed");
        try {
            return new Revision(status == null ? null : ReviewStatus.of(status),
                    version == null ? null : SemVer.parse(version),
                    reviewed == null ? null : LocalDate.parse(reviewed));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("revision.last_reviewed '" + reviewed + "' is not a date (expected YYYY-MM-DD)", e);
        }
    }

    private static Map<String, Object> extra(JsonNode root) {
        Map<String, Object> extra = new LinkedHashMap<>();
        JsonNode n = group(root, "extra");
        if (n != null) n.properties().forEach(e -> extra.put(e.getKey(), plain(e.getValue())));
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN.contains(key)) extra.put(key, plain(root.get(key)));
        }
        return extra;
    }

    private static Object plain(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.isValueNode() ? v.asText() : v.toString()));
            return items;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static ObjectNode text(ObjectNode o, String key, String value) {
        if (value != null) o.put(key, value);
        return o;
    }

    private static void number(ObjectNode o, String key, Integer value) {
        if (value != null) o.put(key, value);
    }

    private static void flag(ObjectNode o, String key, Boolean value) {
        if (value != null) o.put(key, value);
    }

    private static void strings(ObjectNode o, String key, List<String> values) {
        if (values != null) values.forEach(o.putArray(key)::add);
    }

    private static JsonNode present(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n;
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = present(o, key);
        if (n == null) return null;
        if (!n.isTextual()) throw new IllegalArgumentException(key + " must be text");
        return n.asText();
    }

    private static Integer integer(JsonNode o, String key) {
        JsonNode n = present(o, key);
        if (n == null) return null;
        if (!n.isIntegralNumber() || !n.canConvertToInt()) throw new IllegalArgumentException(key + " must be a whole number");
        return n.intValue();
    }

    private static Long longNumber(JsonNode o, String key) {
        JsonNode n = present(o, key);
        if (n == null) return null;
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw new IllegalArgumentException(key + " must be a whole number");
        return n.longValue();
    }

    private static Boolean flag(JsonNode o, String key) {
        JsonNode n = present(o, key);
        if (n == null) return null;
        if (!n.isBoolean()) throw new IllegalArgumentException("flags." + key + " must be true or false");
        return n.booleanValue();
    }

    private static JsonNode group(JsonNode o, String key) {
        JsonNode n = present(o, key);
        if (n != null && !n.isObject()) throw new IllegalArgumentException(key + " must be an object");
        return n;
    }

    private static List<String> strings(JsonNode o, String key) {
        return records(o, key, item -> {
            if (!item.isTextual()) throw new IllegalArgumentException(key + " must be a list of text");
            return item.asText();
        });
    }

    private static <T> List<T> records(JsonNode o, String key, Function<JsonNode, T> reader) {
        JsonNode n = present(o, key);
        if (n == null) return null;
        if (!n.isArray()) throw new IllegalArgumentException(key + " must be a list");
        List<T> out = new ArrayList<>(n.size());
        n.forEach(item -> out.add(reader.apply(item)));
        return out;
    }
}
