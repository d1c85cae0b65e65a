package org.reviewdesk.formats.alphanode;

import static org.reviewdesk.formats.alphanode.MetaBoxKeys.BULLET;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaKind;
import org.reviewdesk.model.meta.MetaSection;

/**
 * Writes the meta box in the pages' layout: glued scalars, {@code   • } items, records indented by four
 * spaces, in the order of {@link MetaFields}; unknown sub keys inside their group, other unknown keys last.
 * An absent field, or a group with nothing in it, is left out (the reader would refuse an empty group).
 */
final class MetaBoxWriter {
    private final Meta meta;
    private final List<String> out = new ArrayList<>();
    private final Map<String, Object> extra;

    private MetaBoxWriter(Meta meta) {
        this.meta = meta;
        this.extra = new LinkedHashMap<>(meta.extra());
    }

    static List<String> write(Meta meta) {
        return new MetaBoxWriter(meta).write();
    }

    private List<String> write() {
        for (MetaKey key : MetaFields.TOP_LEVEL) {
            if (key instanceof MetaSection s) keyed(s);
            else if (key instanceof MetaField f) field(f, f.of(meta));
        }
        extra.forEach((key, value) -> {
            if (value instanceof List<?> items && !items.isEmpty()) {
                out.add(key);
                items.forEach(item -> out.add("  " + BULLET + " " + item));
            } else {
                out.add(key + value);
            }
        });
        return out;
    }

    private void field(MetaField f, Object value) {
        if (f.kind().isText()) {
            if (value != null) out.add(f.boxKey() + value);
            return;
        }
        List<?> items = (List<?>) value;
        if (items == null || items.isEmpty()) return;
        out.add(f.boxKey());
        for (Object item : items) {
            if (f.kind() == MetaKind.STRING_LIST) out.add("  " + BULLET + " " + item);
            else record(f.kind().recordKeys(), f.kind().recordValues(item));
        }
    }

    /** A group of {@code sub key: value} items, followed by the unknown sub keys kept for it. */
    private void keyed(MetaSection section) {
        List<String> items = new ArrayList<>();
        for (MetaField f : section.fields()) {
            String value = MetaBoxKeys.text(f, f.of(meta));
            if (value != null) items.add("  " + BULLET + " " + f.boxKey() + ": " + value);
        }
        String prefix = section.boxKey() + ".";
        extra.entrySet().removeIf(e -> {
            if (!e.getKey().startsWith(prefix) || e.getValue() instanceof List) return false;
            items.add("  " + BULLET + " " + e.getKey().substring(prefix.length()) + ": " + e.getValue());
            return true;
        });
        if (!items.isEmpty()) {
            out.add(section.boxKey());
            out.addAll(items);
        }
    }

    private void record(List<String> fields, List<String> values) {
        for (int i = 0; i < fields.size(); i++) {
            out.add("    " + BULLET + " " + fields.get(i) + ": " + Objects.toString(values.get(i), ""));
        }
    }
}
