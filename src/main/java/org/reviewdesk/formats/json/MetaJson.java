package org.reviewdesk.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The meta box as canonical JSON (DESIGN.md, "Canonical JSON"): snake_case keys in the documented order,
 * absent fields left out, versions and dates as strings, flags as booleans, unknown keys under
 * {@code extra}. Shared by the JSON format and the {@code review_desk} key of Markdown front matter.
 */
public final class MetaJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> KNOWN = Set.of("topic", "summary", "ai_outline", "ai_brief", "stack", "tools",
            "code_language", "difficulty", "reading_time", "view_count", "score", "revision", "reference", "hash",
            "flags", "checklist", "entities", "image_sources", "payload", "notes", "extra");

    private MetaJson() {
    }

    public static ObjectNode write(Meta m) {
        ObjectNode o = NODES.objectNode();
        put(o, "topic", m.topic());
        put(o, "summary", m.summary());
        if (m.aiOutline() != null) {
            AiOutline a = m.aiOutline();
            ObjectNode g = o.putObject("ai_outline");
            put(g, "context", a.context());
            put(g, "problem", a.problem());
            put(g, "stack", a.stack());
            put(g, "recommended_action", a.recommendedAction());
        }
        put(o, "ai_brief", m.aiBrief());
        list(o, "stack", m.stack());
        list(o, "tools", m.tools());
        put(o, "code_language", m.codeLanguage());
        put(o, "difficulty", m.difficulty() == null ? null : m.difficulty().value());
        if (m.readingTime() != null) o.put("reading_time", m.readingTime());
        if (m.viewCount() != null) o.put("view_count", m.viewCount());
        if (m.score() != null) {
            Score s = m.score();
            ObjectNode g = o.putObject("score");
            number(g, "quality", s.quality());
            number(g, "freshness", s.freshness());
            number(g, "depth", s.depth());
            number(g, "clarity", s.clarity());
        }
        if (m.revision() != null) {
            Revision r = m.revision();
            ObjectNode g = o.putObject("revision");
            put(g, "status", r.status() == null ? null : r.status().value());
            put(g, "version", r.version() == null ? null : r.version().toString());
            put(g, "last_reviewed", r.lastReviewed() == null ? null : r.lastReviewed().toString());
        }
        put(o, "reference", m.reference());
        put(o, "hash", m.hash());
        if (m.flags() != null) {
            Flags f = m.flags();
            ObjectNode g = o.putObject("flags");
            flag(g, "ai_generated_style", f.aiGeneratedStyle());
            flag(g, "has_images", f.hasImages());
            flag(g, "image_heavy", f.imageHeavy());
            flag(g, "needs_human_review", f.needsHumanReview());
        }
        list(o, "checklist", m.checklist());
        if (m.entities() != null) {
            ArrayNode a = o.putArray("entities");
            for (Entity e : m.entities()) {
                ObjectNode r = a.addObject();
                put(r, "name", e.name());
                put(r, "type", e.type());
            }
        }
        if (m.imageSources() != null) {
            ArrayNode a = o.putArray("image_sources");
            for (ImageSource i : m.imageSources()) {
                ObjectNode r = a.addObject();
                put(r, "source", i.source());
                put(r, "url", i.url());
                put(r, "caption", i.caption());
            }
        }
        if (m.payload() != null) {
            Payload p = m.payload();
            ObjectNode g = o.putObject("payload");
            put(g, "source_id", p.sourceId());
            put(g, "generator", p.generator());
            number(g, "paragraphs", p.paragraphs());
            put(g, "scenario", p.scenario());
            if (p.seed() != null) g.put("seed", p.seed());
        }
        list(o, "notes", m.notes());
        if (!m.extra().isEmpty()) {
            ObjectNode x = o.putObject("extra");
            m.extra().forEach((k, v) -> {
                if (v instanceof List<?> items) {
                    ArrayNode a = x.putArray(k);
                    items.forEach(item -> a.add(String.valueOf(item)));
                } else {
                    x.put(k, String.valueOf(v));
                }
            });
        }
        return o;
    }

    /** Reads a meta object; {@code at} is its JSON pointer, used to name the place of a bad value. */
    public static Meta read(JsonNode node, String at) throws JsonFieldException {
        if (node == null || node.isNull()) return Meta.EMPTY;
        if (!node.isObject()) throw new JsonFieldException(at, "expected an object with the meta box");
        Reader r = new Reader(at);
        Meta.Builder b = Meta.builder();
        b.topic(r.text(node, "topic"));
        b.summary(r.text(node, "summary"));
        b.aiOutline(r.aiOutline(node.get("ai_outline")));
        b.aiBrief(r.text(node, "ai_brief"));
        b.stack(r.texts(node, "stack"));
        b.tools(r.texts(node, "tools"));
        b.codeLanguage(r.text(node, "code_language"));
        String difficulty = r.text(node, "difficulty");
        b.difficulty(difficulty == null ? null : Difficulty.of(difficulty));
        Long reading = r.wholeNumber(node, "reading_time", "reading_time", Integer.MAX_VALUE);
        b.readingTime(reading == null ? null : reading.intValue());
        b.viewCount(r.wholeNumber(node, "view_count", "view_count", Long.MAX_VALUE));
        b.score(r.score(node.get("score")));
        b.revision(r.revision(node.get("revision")));
        b.reference(r.text(node, "reference"));
        b.hash(r.text(node, "hash"));
        b.flags(r.flags(node.get("flags")));
        b.checklist(r.texts(node, "checklist"));
        b.entities(r.entities(node.get("entities")));
        b.imageSources(r.imageSources(node.get("image_sources")));
        b.payload(r.payload(node.get("payload")));
        b.notes(r.texts(node, "notes"));
        Map<String, Object> extra = new LinkedHashMap<>();
        r.extra(node.get("extra"), extra);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // An unknown key is kept, never dropped (DESIGN.md).
            if (!KNOWN.contains(e.getKey()) && !e.getValue().isNull()) extra.put(e.getKey(), extraValue(e.getValue()));
        }
        extra.putAll(r.unknownSubKeys);
        b.extra(extra);
        return b.build();
    }

    /** Strings stay as they are, lists of strings stay lists, anything else is kept as its JSON text. */
    private static Object extraValue(JsonNode v) {
        if (v.isTextual()) return v.textValue();
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isTextual()) return v.toString();
                items.add(item.textValue());
            }
            return items;
        }
        return v.toString();
    }

    private static void put(ObjectNode o, String key, String value) {
        if (value != null) o.put(key, value);
    }

    private static void number(ObjectNode o, String key, Integer value) {
        if (value != null) o.put(key, value);
    }

    private static void flag(ObjectNode o, String key, Boolean value) {
        if (value != null) o.put(key, value);
    }

    private static void list(ObjectNode o, String key, List<String> values) {
        if (values == null) return;
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
    }

    /** Reads the parts of one meta object, remembering its pointer for error messages. */
    private static final class Reader {
        private final String at;
        private final Map<String, Object> unknownSubKeys = new LinkedHashMap<>();

        Reader(String at) {
            this.at = at;
        }

        String text(JsonNode parent, String key) throws JsonFieldException {
            return textAt(parent.get(key), key);
        }

        private String textAt(JsonNode v, String path) throws JsonFieldException {
            if (v == null || v.isNull()) return null;
            if (v.isTextual()) return v.textValue();
            if (v.isValueNode()) return v.asText();
            throw new JsonFieldException(pointer(path), "expected text, found " + kind(v));
        }

        List<String> texts(JsonNode parent, String key) throws JsonFieldException {
            JsonNode v = parent.get(key);
            if (v == null || v.isNull()) return null;
            if (!v.isArray()) throw new JsonFieldException(pointer(key), "expected a list of text, found " + kind(v));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String item = textAt(v.get(i), key + "/" + i);
                if (item == null) throw new JsonFieldException(pointer(key + "/" + i), "expected text, found null");
                out.add(item);
            }
            return out;
        }

        Long wholeNumber(JsonNode parent, String key, String field, long max) throws JsonFieldException {
            String raw = number(parent.get(key), key);
            check(MetaRules.nonNegativeWholeNumber(field, raw, max), key);
            return raw == null ? null : Long.valueOf(raw.trim());
        }

        private String number(JsonNode v, String path) throws JsonFieldException {
            if (v == null || v.isNull()) return null;
            if (v.isNumber() || v.isTextual()) return v.asText();
            throw new JsonFieldException(pointer(path), "expected a whole number, found " + kind(v));
        }

        AiOutline aiOutline(JsonNode g) throws JsonFieldException {
            if (group(g, "ai_outline")) return null;
            keepUnknown(g, "ai outline", Set.of("context", "problem", "stack", "recommended_action"));
            return new AiOutline(textAt(g.get("context"), "ai_outline/context"),
                    textAt(g.get("problem"), "ai_outline/problem"), textAt(g.get("stack"), "ai_outline/stack"),
                    textAt(g.get("recommended_action"), "ai_outline/recommended_action"));
        }

        Score score(JsonNode g) throws JsonFieldException {
            if (group(g, "score")) return null;
            keepUnknown(g, "score", Set.of("quality", "freshness", "depth", "clarity"));
            return new Score(scoreOf(g, "quality"), scoreOf(g, "freshness"), scoreOf(g, "depth"), scoreOf(g, "clarity"));
        }

        private Integer scoreOf(JsonNode g, String key) throws JsonFieldException {
            String raw = scoreText(g.get(key), "score/" + key);
            check(MetaRules.score("score." + key, raw), "score/" + key);
            return raw == null ? null : Integer.valueOf(raw.trim());
        }

        private String scoreText(JsonNode v, String path) throws JsonFieldException {
            if (v == null || v.isNull()) return null;
            if (v.isValueNode()) return v.asText();
            throw new JsonFieldException(pointer(path), "score." + path.substring(6)
                    + ": expected a whole number from 0 to 100, found " + kind(v));
        }

        Revision revision(JsonNode g) throws JsonFieldException {
            if (group(g, "revision")) return null;
            keepUnknown(g, "revision", Set.of("status", "version", "last_reviewed"));
            String status = textAt(g.get("status"), "revision/status");
            String version = textAt(g.get("version"), "revision/version");
            check(MetaRules.version("revision.version", version), "revision/version");
            String date = textAt(g.get("last_reviewed"), "revision/last_reviewed");
            check(MetaRules.date("revision.last_reviewed", date), "revision/last_reviewed");
            return new Revision(status == null ? null : ReviewStatus.of(status),
                    version == null ? null : SemVer.parse(version), date == null ? null : MetaRules.parseDate(date));
        }

        Flags flags(JsonNode g) throws JsonFieldException {
            if (group(g, "flags")) return null;
            keepUnknown(g, "flags", Set.of("ai_generated_style", "has_images", "image_heavy", "needs_human_review"));
            return new Flags(flag(g, "ai_generated_style"), flag(g, "has_images"), flag(g, "image_heavy"),
                    flag(g, "needs_human_review"));
        }

        private Boolean flag(JsonNode g, String key) throws JsonFieldException {
            JsonNode v = g.get(key);
            if (v == null || v.isNull()) return null;
            if (!v.isBoolean()) {
                throw new JsonFieldException(pointer("flags/" + key), "flags." + key + ": expected true or false, found "
                        + v);
            }
            return v.booleanValue();
        }

        Payload payload(JsonNode g) throws JsonFieldException {
            if (group(g, "payload")) return null;
            keepUnknown(g, "payload", Set.of("source_id", "generator", "paragraphs", "scenario", "seed"));
            String paragraphs = number(g.get("paragraphs"), "payload/paragraphs");
            check(MetaRules.nonNegativeWholeNumber("payload.paragraphs", paragraphs, Integer.MAX_VALUE),
                    "payload/paragraphs");
            String seed = number(g.get("seed"), "payload/seed");
            check(MetaRules.nonNegativeWholeNumber("payload.seed", seed, Long.MAX_VALUE), "payload/seed");
            return new Payload(textAt(g.get("source_id"), "payload/source_id"),
                    textAt(g.get("generator"), "payload/generator"),
                    paragraphs == null ? null : Integer.valueOf(paragraphs.trim()),
                    textAt(g.get("scenario"), "payload/scenario"), seed == null ? null : Long.valueOf(seed.trim()));
        }

        List<Entity> entities(JsonNode a) throws JsonFieldException {
            List<Map<String, String>> records = records(a, "entities", List.of("name", "type"));
            return records == null ? null : records.stream().map(r -> new Entity(r.get("name"), r.get("type"))).toList();
        }

        List<ImageSource> imageSources(JsonNode a) throws JsonFieldException {
            List<Map<String, String>> records = records(a, "image_sources", List.of("source", "url", "caption"));
            return records == null ? null : records.stream()
                    .map(r -> new ImageSource(r.get("source"), r.get("url"), r.get("caption"))).toList();
        }

        private List<Map<String, String>> records(JsonNode a, String key, List<String> fields)
                throws JsonFieldException {
            if (a == null || a.isNull()) return null;
            if (!a.isArray()) throw new JsonFieldException(pointer(key), "expected a list of objects, found " + kind(a));
            List<Map<String, String>> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                JsonNode r = a.get(i);
                String path = key + "/" + i;
                if (!r.isObject()) throw new JsonFieldException(pointer(path), "expected an object, found " + kind(r));
                for (Iterator<String> names = r.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!fields.contains(name)) {
                        throw new JsonFieldException(pointer(path + "/" + name), "unexpected key '" + name
                                + "' (expected " + String.join(", ", fields) + ")");
                    }
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String f : fields) values.put(f, textAt(r.get(f), path + "/" + f));
                out.add(values);
            }
            return out;
        }

        void extra(JsonNode x, Map<String, Object> into) throws JsonFieldException {
            if (x == null || x.isNull()) return;
            if (!x.isObject()) throw new JsonFieldException(pointer("extra"), "expected an object, found " + kind(x));
            for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                into.put(e.getKey(), extraValue(e.getValue()));
            }
        }

        /** True when the group is absent; an error when it is not an object. */
        private boolean group(JsonNode g, String key) throws JsonFieldException {
            if (g == null || g.isNull()) return true;
            if (!g.isObject()) throw new JsonFieldException(pointer(key), "expected an object, found " + kind(g));
            return false;
        }

        /** An unknown sub key of a known group is kept as {@code "group.sub key"}, as the alphanode reader does. */
        private void keepUnknown(JsonNode g, String group, Set<String> known) {
            for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
                    unknownSubKeys.put(group + "." + e.getKey().replace('_', ' '), extraValue(e.getValue()));
                }
            }
        }

        private void check(List<FieldProblem> problems, String path) throws JsonFieldException {
            if (!problems.isEmpty()) throw new JsonFieldException(pointer(path), problems.get(0).toString());
        }

        private String pointer(String path) {
            return at + "/" + path;
        }

        private static String kind(JsonNode v) {
            return switch (v.getNodeType()) {
                case ARRAY -> "a list";
                case OBJECT -> "an object";
                case STRING -> "'" + v.textValue() + "'";
                default -> v.toString();
            };
        }
    }
}
