package org.reviewdesk.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaSection;

/**
 * The meta box as canonical JSON (DESIGN.md, "Canonical JSON"): the keys of {@link MetaFields} in their order,
 * absent fields left out, versions and dates as strings, flags as booleans, unknown keys under {@code extra}.
 * Shared by the JSON format and the {@code review_desk} key of Markdown front matter.
 */
public final class MetaJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MetaJson() {
    }

    public static ObjectNode write(Meta m) {
        ObjectNode o = NODES.objectNode();
        for (MetaKey key : MetaFields.TOP_LEVEL) {
            if (key instanceof MetaField f) {
                value(o, f, f.of(m));
            } else if (key instanceof MetaSection s && s.of(m) != null) {
                ObjectNode g = o.putObject(s.path());
                for (MetaField f : s.fields()) value(g, f, f.of(m));
            }
        }
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

    private static void value(ObjectNode o, MetaField f, Object v) {
        if (v == null) return;
        switch (f.kind()) {
            case WHOLE_NUMBER, SCORE -> o.put(f.key(), (Integer) v);
            case LARGE_WHOLE_NUMBER -> o.put(f.key(), (Long) v);
            case BOOLEAN -> o.put(f.key(), (Boolean) v);
            case STRING_LIST -> {
                ArrayNode a = o.putArray(f.key());
                ((List<?>) v).forEach(item -> a.add((String) item));
            }
            case ENTITY_LIST, IMAGE_SOURCE_LIST -> {
                ArrayNode a = o.putArray(f.key());
                List<String> keys = f.kind().recordKeys();
                for (Object record : (List<?>) v) {
                    ObjectNode r = a.addObject();
                    List<String> values = f.kind().recordValues(record);
                    for (int i = 0; i < keys.size(); i++) {
                        if (values.get(i) != null) r.put(keys.get(i), values.get(i));
                    }
                }
            }
            default -> o.put(f.key(), v.toString());
        }
    }

    /** Reads a meta object; {@code at} is its JSON pointer, used to name the place of a bad value. */
    public static Meta read(JsonNode node, String at) throws JsonFieldException {
        if (node == null || node.isNull()) return Meta.EMPTY;
        if (!node.isObject()) throw new JsonFieldException(at, "expected an object with the meta box");
        MetaJsonReader r = new MetaJsonReader(at);
        Meta.Builder b = Meta.builder();
        for (MetaKey key : MetaFields.TOP_LEVEL) {
            if (key instanceof MetaField f) {
                f.set(b, r.value(node.get(f.key()), f));
            } else if (key instanceof MetaSection s) {
                s.set(b, r.section(node.get(s.path()), s));
            }
        }
        b.extra(r.extra(node));
        return b.build();
    }

    /** Strings stay as they are, lists of strings stay lists, anything else is kept as its JSON text. */
    static Object extraValue(JsonNode v) {
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
}
