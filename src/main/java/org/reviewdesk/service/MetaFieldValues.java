package org.reviewdesk.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reviewdesk.formats.json.JsonFieldException;
import org.reviewdesk.formats.json.MetaJson;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKind;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * Meta fields set from text by their JSON path, as a script gives them ({@code score.quality=55}, {@code stack=redis,
 * python}, an empty value to remove one): each checked by the rule the form uses, then written through the JSON codec,
 * which holds the meta box's types and order.
 */
final class MetaFieldValues {
    private MetaFieldValues() {
    }

    /**
     * The meta with {@code values} set, in the order given.
     *
     * @throws IllegalArgumentException naming the field and what it expects, for an unknown path, a field that cannot
     *                                  be set from one text, or a value that breaks the field's rule
     */
    static Meta with(Meta meta, Map<String, String> values) {
        ObjectNode json = MetaJson.write(meta);
        for (Map.Entry<String, String> e : values.entrySet()) {
            MetaField field = MetaFields.byPath(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "there is no meta field '" + e.getKey() + "'; the fields, by their JSON path: "
                            + String.join(", ", MetaFields.ALL.stream().map(MetaField::path).toList())));
            set(json, field, e.getValue());
        }
        try {
            return MetaJson.read(json, "meta");
        } catch (JsonFieldException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
    }

    private static void set(ObjectNode json, MetaField field, String raw) {
        if (field.kind().isRecordList()) {
            throw new IllegalArgumentException(field.path() + ": a list of " + field.kind().recordsName()
                    + " is edited in the window or through a JSON export and import, not set from one text");
        }
        String[] parts = field.path().split("\\.");
        ObjectNode parent = json;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) && parent.get(parts[i]).isObject() ? (ObjectNode) parent.get(parts[i])
                    : parent.putObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        if (raw.isEmpty()) {
            parent.remove(key);
            return;
        }
        List<FieldProblem> problems = field.check(raw);
        if (!problems.isEmpty()) throw new IllegalArgumentException(problems.get(0).toString());
        switch (field.kind()) {
            case WHOLE_NUMBER, LARGE_WHOLE_NUMBER, SCORE -> parent.put(key, Long.parseLong(raw.strip()));
            case BOOLEAN -> parent.put(key, bool(field, raw));
            case STRING_LIST -> {
                ArrayNode list = parent.putArray(key);
                List<String> items = new ArrayList<>();
                for (String item : raw.split(",")) if (!item.isBlank()) items.add(item.strip());
                items.forEach(list::add);
            }
            default -> parent.put(key, field.kind() == MetaKind.TEXT || field.kind() == MetaKind.LONG_TEXT ? raw : raw.strip());
        }
    }

    private static boolean bool(MetaField field, String raw) {
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(field.path() + ": expected true or false, found '" + raw + "'");
        };
    }
}
