package org.reviewdesk.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaSection;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * Reads the values of one meta object by the kinds of {@link MetaFields}, remembering its pointer for error
 * messages, and the keys no field describes, which are kept under {@code extra}.
 */
final class MetaJsonReader {
    private static final Set<String> KNOWN = Stream.concat(MetaFields.TOP_LEVEL.stream().map(MetaKey::path),
            Stream.of("extra")).collect(Collectors.toUnmodifiableSet());

    private final String at;
    private final Map<String, Object> unknownSubKeys = new LinkedHashMap<>();

    MetaJsonReader(String at) {
        this.at = at;
    }

    /** The value of a field, null when absent; an error naming its place when it breaks the field's kind or rule. */
    Object value(JsonNode v, MetaField f) throws JsonFieldException {
        String path = f.path().replace('.', '/');
        return switch (f.kind()) {
            case STRING_LIST -> texts(v, path);
            case ENTITY_LIST, IMAGE_SOURCE_LIST -> records(v, path, f);
            case BOOLEAN -> flag(v, f, path);
            case WHOLE_NUMBER, LARGE_WHOLE_NUMBER -> checked(number(v, path), f, path);
            case SCORE -> checked(scoreText(v, f, path), f, path);
            default -> checked(textAt(v, path), f, path);
        };
    }

    /** A section's group, null when absent; its unknown sub keys are kept as {@code "group.sub key"}. */
    Object section(JsonNode g, MetaSection s) throws JsonFieldException {
        if (g == null || g.isNull()) return null;
        if (!g.isObject()) throw new JsonFieldException(pointer(s.path()), named(s.path(), "expected an object, found " + kind(g)));
        keepUnknown(g, s.boxKey(), Set.copyOf(s.keys()));
        List<Object> values = new ArrayList<>();
        for (MetaField f : s.fields()) values.add(value(g.get(f.key()), f));
        return s.build(values);
    }

    private Object checked(String raw, MetaField f, String path) throws JsonFieldException {
        List<FieldProblem> problems = f.check(raw);
        if (!problems.isEmpty()) throw new JsonFieldException(pointer(path), problems.get(0).toString());
        return raw == null ? null : f.parse(raw);
    }

    private String textAt(JsonNode v, String path) throws JsonFieldException {
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        if (v.isValueNode()) return v.asText();
        throw new JsonFieldException(pointer(path), named(path, "expected text, found " + kind(v)));
    }

    private List<String> texts(JsonNode v, String path) throws JsonFieldException {
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw new JsonFieldException(pointer(path), named(path, "expected a list of text, found " + kind(v)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String item = textAt(v.get(i), path + "/" + i);
            if (item == null) throw new JsonFieldException(pointer(path + "/" + i), named(path + "/" + i, "expected text, found null"));
            out.add(item);
        }
        return out;
    }

    private String number(JsonNode v, String path) throws JsonFieldException {
        if (v == null || v.isNull()) return null;
        if (v.isNumber() && Double.isInfinite(v.asDouble())) {
            throw new JsonFieldException(pointer(path), named(path, "expected a whole number, found a number too large to read"));
        }
        if (v.isNumber() || v.isTextual()) return v.asText();
        throw new JsonFieldException(pointer(path), named(path, "expected a whole number, found " + kind(v)));
    }

    private String scoreText(JsonNode v, MetaField f, String path) throws JsonFieldException {
        if (v == null || v.isNull()) return null;
        if (v.isValueNode()) return v.asText();
        throw new JsonFieldException(pointer(path), f.path() + ": expected a whole number from 0 to 100, found " + kind(v));
    }

    private Boolean flag(JsonNode v, MetaField f, String path) throws JsonFieldException {
        if (v == null || v.isNull()) return null;
        if (!v.isBoolean()) throw new JsonFieldException(pointer(path), f.path() + ": expected true or false, found " + v);
        return v.booleanValue();
    }

    private List<Object> records(JsonNode a, String key, MetaField f) throws JsonFieldException {
        if (a == null || a.isNull()) return null;
        if (!a.isArray()) throw new JsonFieldException(pointer(key), named(key, "expected a list of objects, found " + kind(a)));
        List<String> fields = f.kind().recordKeys();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode r = a.get(i);
            String path = key + "/" + i;
            if (!r.isObject()) throw new JsonFieldException(pointer(path), named(path, "expected an object, found " + kind(r)));
            for (Iterator<String> names = r.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!fields.contains(name)) {
                    throw new JsonFieldException(pointer(path + "/" + name), "unexpected key '" + name
                            + "' (expected " + String.join(", ", fields) + ")");
                }
            }
            List<String> values = new ArrayList<>();
            for (String field : fields) values.add(textAt(r.get(field), path + "/" + field));
            out.add(f.kind().record(values));
        }
        return out;
    }

    /**
     * The {@code extra} object, then every other key no field describes (an unknown key is kept, never dropped:
     * DESIGN.md), then the unknown sub keys of the sections read so far.
     */
    Map<String, Object> extra(JsonNode node) throws JsonFieldException {
        Map<String, Object> into = new LinkedHashMap<>();
        JsonNode x = node.get("extra");
        if (x != null && !x.isNull()) {
            if (!x.isObject()) throw new JsonFieldException(pointer("extra"), named("extra", "expected an object, found " + kind(x)));
            x.fields().forEachRemaining(e -> into.put(e.getKey(), MetaJson.extraValue(e.getValue())));
        }
        node.fields().forEachRemaining(e -> {
            if (!KNOWN.contains(e.getKey()) && !e.getValue().isNull()) into.put(e.getKey(), MetaJson.extraValue(e.getValue()));
        });
        into.putAll(unknownSubKeys);
        return into;
    }

    /** An unknown sub key of a known group is kept as {@code "group.sub key"}, as the alphanode reader does. */
    private void keepUnknown(JsonNode g, String group, Set<String> known) {
        g.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
                unknownSubKeys.put(group + "." + e.getKey().replace('_', ' '), MetaJson.extraValue(e.getValue()));
            }
        });
    }

    /** "stack[2]: …", "entities[0].name: …": the message names the field, as the form's rules name theirs. */
    private static String named(String path, String message) {
        return path.replaceAll("/(\\d+)", "[$1]").replace('/', '.') + ": " + message;
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
