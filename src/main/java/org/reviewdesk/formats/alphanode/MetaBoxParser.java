package org.reviewdesk.formats.alphanode;

import static org.reviewdesk.formats.alphanode.MetaBoxKeys.BULLET;
import static org.reviewdesk.formats.alphanode.MetaBoxKeys.isGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaKind;
import org.reviewdesk.model.meta.MetaSection;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * Parses the lines after {@code alphanode post meta} into a {@link Meta}. Unknown keys go to
 * {@code extra}; a value the model cannot hold (score, date, version, whole number, flag) or a box cut
 * short rejects the file at the line at fault.
 */
final class MetaBoxParser {
    private final String fileName;
    private final List<MetaBoxLine> lines;
    private final Meta.Builder meta = Meta.builder();
    private final Map<String, Integer> seenAt = new HashMap<>();

    private MetaBoxParser(String fileName, List<MetaBoxLine> lines) {
        this.fileName = fileName;
        this.lines = lines;
    }

    static Meta parse(String fileName, List<MetaBoxLine> lines) throws PostFormatException {
        return new MetaBoxParser(fileName, lines).parse();
    }

    private Meta parse() throws PostFormatException {
        int i = 0;
        while (i < lines.size()) {
            MetaBoxLine line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (line.isBullet()) {
                throw error(line, "a '" + BULLET + "' item here, but no group key before it (expected a key such as"
                        + " 'stack' on the line above its items, or a scalar such as 'topic…')");
            }
            List<MetaBoxLine> items = itemsAfter(i);
            entry(line, items);
            i += 1 + items.size();
        }
        return meta.build();
    }

    /** One key of the box with the bullet lines after it. */
    private void entry(MetaBoxLine line, List<MetaBoxLine> items) throws PostFormatException {
        String key = line.text().strip();
        if (isGroup(key)) {
            remember(key, line);
            if (items.isEmpty()) {
                throw error(line, "meta box cut short: '" + key + "' has no items (expected '  " + BULLET
                        + " …' lines after it)");
            }
            group(MetaBoxKeys.group(key), items);
            return;
        }
        MetaField scalar = MetaBoxKeys.scalarOf(line.text()).orElse(null);
        if (scalar != null && !(scalar.addedLater() && isUnknown(scalar, line, items))) {
            if (!items.isEmpty()) {
                throw error(items.get(0), "a '" + BULLET + "' item after the scalar '" + scalar.boxKey()
                        + "' (expected the next key of the meta box)");
            }
            remember(scalar.boxKey(), line);
            String value = line.text().substring(scalar.boxKey().length());
            check(scalar.check(value), line);
            scalar.set(meta, scalar.parse(value));
        } else {
            // Unknown key: kept, never dropped. A line cannot be split into an unknown key and its
            // value, so the whole line is the key; its bullets, if any, are its list.
            remember(line.text(), line);
            meta.putExtra(line.text(), items.isEmpty() ? "" : items.stream().map(MetaBoxLine::item).toList());
        }
    }

    /**
     * A key the pages did not have may begin a line that older files wrote as an unknown key ({@code languages}
     * with items, {@code language model…}): the line is that field only when its value keeps the field's rule, once,
     * with no items after it. Anything else stays an unknown key, as those files were read before.
     */
    private boolean isUnknown(MetaField scalar, MetaBoxLine line, List<MetaBoxLine> items) {
        return !items.isEmpty() || seenAt.containsKey(scalar.boxKey())
                || !scalar.check(line.text().substring(scalar.boxKey().length())).isEmpty();
    }

    /** The bullet lines right after line {@code i}. */
    private List<MetaBoxLine> itemsAfter(int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBullet()) j++;
        return lines.subList(i + 1, j);
    }

    private void remember(String key, MetaBoxLine line) throws PostFormatException {
        Integer first = seenAt.putIfAbsent(key, line.number());
        if (first != null) {
            throw error(line, "'" + key + "' appears twice in the meta box (first at line " + first + ")");
        }
    }

    private void group(MetaKey key, List<MetaBoxLine> items) throws PostFormatException {
        if (key instanceof MetaSection section) {
            keyedGroup(section, items);
            return;
        }
        MetaField f = (MetaField) key;
        if (f.kind() == MetaKind.STRING_LIST) {
            f.set(meta, items.stream().map(MetaBoxLine::item).toList());
        } else {
            List<Object> records = new ArrayList<>();
            for (List<String> r : records(f.boxKey(), f.kind().recordName(), f.kind().recordKeys(), items)) {
                records.add(f.kind().record(r));
            }
            f.set(meta, records);
        }
    }

    /** Records come as consecutive items, their fields always in the same order. */
    private List<List<String>> records(String key, String what, List<String> fields, List<MetaBoxLine> items)
            throws PostFormatException {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (MetaBoxLine item : items) {
            String expected = fields.get(current.size());
            String[] kv = splitItem(item, key);
            if (!kv[0].equals(expected)) {
                throw error(item, "expected '" + expected + ": …' as field " + (current.size() + 1) + " of " + what + " "
                        + (records.size() + 1) + " (each " + what + " has " + String.join(", ", fields)
                        + ", in that order), found '" + kv[0] + "'");
            }
            current.add(kv[1]);
            if (current.size() == fields.size()) {
                records.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            MetaBoxLine last = items.get(items.size() - 1);
            throw error(last, "meta box cut short: " + what + " " + (records.size() + 1) + " has no '"
                    + fields.get(current.size()) + "' (expected '    " + BULLET + " " + fields.get(current.size())
                    + ": …' after this line)");
        }
        return records;
    }

    private void keyedGroup(MetaSection section, List<MetaBoxLine> items) throws PostFormatException {
        Map<String, String> values = new HashMap<>();
        Map<String, MetaBoxLine> at = new HashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        String key = section.boxKey();
        List<String> known = section.boxKeys();
        for (MetaBoxLine item : items) {
            String[] kv = splitItem(item, key);
            if (at.containsKey(kv[0])) {
                throw error(item, "'" + kv[0] + "' appears twice in '" + key + "' (first at line "
                        + at.get(kv[0]).number() + ")");
            }
            at.put(kv[0], item);
            if (known.contains(kv[0])) {
                values.put(kv[0], kv[1]);
            } else {
                unknown.put(key + "." + kv[0], kv[1]);
            }
        }
        List<Object> parsed = new ArrayList<>();
        for (MetaField f : section.fields()) parsed.add(subValue(f, values.get(f.boxKey()), at.get(f.boxKey())));
        boolean empty = parsed.stream().allMatch(java.util.Objects::isNull);
        section.set(meta, empty ? null : section.build(parsed));
        unknown.forEach(meta::putExtra);
    }

    /** The value of a sub key, null when absent; a value its field cannot hold rejects the file at its line. */
    private Object subValue(MetaField f, String raw, MetaBoxLine line) throws PostFormatException {
        if (raw == null) return null;
        if (f.kind() == MetaKind.BOOLEAN) {
            return switch (raw.trim()) {
                case "1" -> Boolean.TRUE;
                case "0" -> Boolean.FALSE;
                default -> throw error(line, f.path() + ": expected 0 or 1, found '" + raw + "'");
            };
        }
        check(f.check(raw), line);
        return f.parse(raw);
    }

    private String[] splitItem(MetaBoxLine item, String group) throws PostFormatException {
        String text = item.item();
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw error(item, "expected 'sub key: value' in '" + group + "', found '" + text + "'");
        }
        String value = text.substring(colon + 1);
        return new String[] {text.substring(0, colon), value.startsWith(" ") ? value.substring(1) : value};
    }

    private void check(List<FieldProblem> problems, MetaBoxLine line) throws PostFormatException {
        if (!problems.isEmpty()) {
            throw error(line, problems.get(0).toString());
        }
    }

    private PostFormatException error(MetaBoxLine line, String reason) {
        return new PostFormatException(fileName, line.number(), reason);
    }
}
