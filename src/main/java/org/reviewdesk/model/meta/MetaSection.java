package org.reviewdesk.model.meta;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.reviewdesk.model.Meta;

/**
 * A group of sub keys that the formats write as one object ({@code score}, {@code revision}): its fields are the
 * {@link MetaField}s whose {@link MetaField#section()} it is.
 *
 * @param path   its key in canonical JSON ({@code ai_outline})
 * @param boxKey its key in the alphanode meta box ({@code ai outline})
 * @param get    the group of a meta box, null while absent
 * @param build  the group of its fields' values, in {@link #fields()} order
 * @param set    puts the group (or null) into a meta box being built
 */
public record MetaSection(String path, String boxKey, Function<Meta, Object> get, Function<List<Object>, Object> build,
                          BiConsumer<Meta.Builder, Object> set) implements MetaKey {

    public List<MetaField> fields() {
        return MetaFields.ALL.stream().filter(f -> f.section() == this).toList();
    }

    /** The JSON keys of its fields ({@code last_reviewed}). */
    public List<String> keys() {
        return fields().stream().map(MetaField::key).toList();
    }

    /** The alphanode sub keys of its fields ({@code last reviewed}). */
    public List<String> boxKeys() {
        return fields().stream().map(MetaField::boxKey).toList();
    }

    public Object of(Meta meta) {
        return get.apply(meta);
    }

    /** The group of these values; an empty group when all are null. */
    public Object build(List<Object> values) {
        return build.apply(values);
    }

    public void set(Meta.Builder meta, Object group) {
        set.accept(meta, group);
    }
}
