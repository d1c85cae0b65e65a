package org.reviewdesk.formats.alphanode;

import java.util.List;
import java.util.Optional;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaKind;
import org.reviewdesk.model.meta.MetaSection;

/**
 * The keys of the alphanode meta box as the pages write them (DESIGN.md, "Known keys"), read from {@link MetaFields}.
 * The reader and the writer share them, so both sides agree on which lines are groups, which are records, and in
 * what order the writer puts them.
 */
final class MetaBoxKeys {
    static final String OPENER = "alphanode post meta";
    static final String TRAILER = "Similar Posts";
    static final String BULLET = "•";

    /** Glued scalars, in the order the reader tries them: the key, then the value on the same line ({@code reading time9}). */
    static final List<MetaField> SCALARS = MetaFields.TOP_LEVEL.stream()
            .filter(k -> k instanceof MetaField f && f.kind().isText()).map(MetaField.class::cast).toList();

    private MetaBoxKeys() {
    }

    /** A key written alone on its line with {@code   • } items after it: a list, a list of records or a section. */
    static boolean isGroup(String key) {
        return MetaFields.TOP_LEVEL.stream().anyMatch(k -> k.boxKey().equals(key)
                && (k instanceof MetaSection || k instanceof MetaField f && f.kind().isList()));
    }

    /** The list, list of records or section of a group key. */
    static MetaKey group(String key) {
        return MetaFields.TOP_LEVEL.stream().filter(k -> k.boxKey().equals(key)).findFirst().orElseThrow();
    }

    /** The scalar whose key starts the line ({@code code languagepython}), if any. */
    static Optional<MetaField> scalarOf(String line) {
        return SCALARS.stream().filter(f -> line.startsWith(f.boxKey())).findFirst();
    }

    /** The text of a value as the box writes it: flags as 0 and 1. */
    static String text(MetaField f, Object value) {
        if (value == null) return null;
        if (f.kind() == MetaKind.BOOLEAN) return (Boolean) value ? "1" : "0";
        return value.toString();
    }
}
