package org.reviewdesk.gui.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaSection;

/**
 * Between a {@link Meta} and the form's properties, both ways, field by field of {@link MetaFields}. The rule that
 * keeps imported posts intact: what is absent stays absent (an absent list or group comes back null unless something
 * was put in it), and a text that breaks its field's rule falls back to the value of {@code base}, the last one saved.
 */
final class MetaFormMapping {
    private MetaFormMapping() {
    }

    /** Shows the title and the meta box of {@code snapshot} in the form's properties (its drafts are not shown here). */
    static void fill(MetaPanelViewModel.FormSnapshot snapshot, Map<String, StringProperty> texts,
                     Map<String, ObjectProperty<Boolean>> flags, Map<String, ObservableList<String>> lists) {
        Meta m = snapshot.meta();
        texts.get("title").set(snapshot.title());
        for (MetaField f : MetaFields.ALL) {
            if (f.kind().isText()) {
                texts.get(f.path()).set(f.text(m));
            } else if (flags.containsKey(f.path())) {
                flags.get(f.path()).set((Boolean) f.of(m));
            } else if (lists.containsKey(f.path())) {
                lists.get(f.path()).setAll(orEmpty(strings(f.of(m))));
            }
        }
    }

    /** The text each text field of the form shows for {@code meta}, by JSON path. */
    static Map<String, String> texts(Meta meta) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : MetaFormFields.TEXT_FIELDS) out.put(f, f.equals("title") ? "" : MetaFields.byPath(f).orElseThrow().text(meta));
        return out;
    }

    /** The drafts of {@code current} whose field {@code replacement} leaves as it is: a fix elsewhere keeps them. */
    static FieldDrafts draftsUntouchedBy(MetaPanelViewModel.FormSnapshot current, Meta replacement) {
        Map<String, String> was = texts(current.meta());
        Map<String, String> now = texts(replacement);
        Map<String, String> kept = new LinkedHashMap<>();
        current.drafts().byField().forEach((field, raw) -> {
            if (java.util.Objects.equals(was.get(field), now.get(field))) kept.put(field, raw);
        });
        return new FieldDrafts(kept);
    }

    /** The meta box the form's properties hold, on top of {@code base}, the last one saved. */
    static Meta toMeta(Meta base, Map<String, StringProperty> texts, Map<String, ObjectProperty<Boolean>> flags,
                       Map<String, ObservableList<String>> lists, List<Entity> entities, List<ImageSource> images,
                       Map<String, Object> extra) {
        Meta.Builder b = Meta.builder();
        for (MetaKey key : MetaFields.TOP_LEVEL) {
            if (key instanceof MetaField f) {
                f.set(b, value(f, base, texts, flags, lists, entities, images));
            } else if (key instanceof MetaSection s) {
                List<Object> values = new ArrayList<>();
                for (MetaField f : s.fields()) values.add(value(f, base, texts, flags, lists, entities, images));
                boolean empty = values.stream().allMatch(java.util.Objects::isNull);
                // An empty group stays absent when it was absent, and stays an empty group when it was one.
                s.set(b, empty && s.of(base) == null ? null : s.build(values));
            }
        }
        return b.extra(extra).build();
    }

    private static Object value(MetaField f, Meta base, Map<String, StringProperty> texts,
                                Map<String, ObjectProperty<Boolean>> flags, Map<String, ObservableList<String>> lists,
                                List<Entity> entities, List<ImageSource> images) {
        return switch (f.kind()) {
            case BOOLEAN -> flags.get(f.path()).get();
            case STRING_LIST -> list(lists.get(f.path()), f.of(base));
            case ENTITY_LIST -> list(entities, f.of(base));
            case IMAGE_SOURCE_LIST -> list(images, f.of(base));
            default -> fromText(f, texts.get(f.path()).get(), base);
        };
    }

    /** A text that keeps the field's rule, parsed; one that breaks it leaves the value saved in {@code base}. */
    private static Object fromText(MetaField f, String raw, Meta base) {
        if (raw == null) return null;
        return f.check(raw).isEmpty() ? f.parse(raw) : f.of(base);
    }

    private static List<?> list(List<?> items, Object base) {
        return items.isEmpty() && base == null ? null : List.copyOf(items);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
