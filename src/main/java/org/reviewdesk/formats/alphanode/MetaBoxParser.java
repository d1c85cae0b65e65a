package org.reviewdesk.formats.alphanode;

import static org.reviewdesk.formats.alphanode.MetaBoxKeys.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewdesk.formats.PostFormatException;
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
            String key = line.text().strip();
            if (isGroup(key)) {
                remember(key, line);
                if (items.isEmpty()) {
                    throw error(line, "meta box cut short: '" + key + "' has no items (expected '  " + BULLET
                            + " …' lines after it)");
                }
                group(key, line, items);
            } else {
                String scalar = scalarKey(line.text());
                if (scalar != null) {
                    if (!items.isEmpty()) {
                        throw error(items.get(0), "a '" + BULLET + "' item after the scalar '" + scalar
                                + "' (expected the next key of the meta box)");
                    }
                    remember(scalar, line);
                    scalar(scalar, line.text().substring(scalar.length()), line);
                } else {
                    // Unknown key: kept, never dropped. A line cannot be split into an unknown key and its
                    // value, so the whole line is the key; its bullets, if any, are its list.
                    remember(line.text(), line);
                    meta.putExtra(line.text(), items.isEmpty() ? "" : items.stream().map(MetaBoxLine::item).toList());
                }
            }
            i += 1 + items.size();
        }
        return meta.build();
    }

    /** The bullet lines right after line {@code i}. */
    private List<MetaBoxLine> itemsAfter(int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBullet()) j++;
        return lines.subList(i + 1, j);
    }

    private static String scalarKey(String text) {
        for (String key : SCALARS) {
            if (text.startsWith(key)) return key;
        }
        return null;
    }

    private void remember(String key, MetaBoxLine line) throws PostFormatException {
        Integer first = seenAt.putIfAbsent(key, line.number());
        if (first != null) {
            throw error(line, "'" + key + "' appears twice in the meta box (first at line " + first + ")");
        }
    }

    private void scalar(String key, String value, MetaBoxLine line) throws PostFormatException {
        switch (key) {
            case TOPIC -> meta.topic(value);
            case SUMMARY -> meta.summary(value);
            case AI_BRIEF -> meta.aiBrief(value);
            case CODE_LANGUAGE -> meta.codeLanguage(value);
            case DIFFICULTY -> meta.difficulty(Difficulty.of(value));
            case READING_TIME -> meta.readingTime((int) wholeNumber(MetaRules.readingTime(value), value, line));
            case VIEW_COUNT -> meta.viewCount(wholeNumber(MetaRules.viewCount(value), value, line));
            case REFERENCE -> meta.reference(value);
            case HASH -> meta.hash(value);
            default -> throw new IllegalStateException("scalar key without a field: " + key);
        }
    }

    private void group(String key, MetaBoxLine line, List<MetaBoxLine> items) throws PostFormatException {
        if (LISTS.contains(key)) {
            List<String> values = items.stream().map(MetaBoxLine::item).toList();
            switch (key) {
                case STACK -> meta.stack(values);
                case TOOLS -> meta.tools(values);
                case CHECKLIST -> meta.checklist(values);
                case NOTES -> meta.notes(values);
                default -> throw new IllegalStateException(key);
            }
        } else if (key.equals(ENTITIES)) {
            List<Entity> entities = new ArrayList<>();
            for (List<String> r : records(key, "entity", ENTITY_FIELDS, items)) {
                entities.add(new Entity(r.get(0), r.get(1)));
            }
            meta.entities(entities);
        } else if (key.equals(IMAGE_SOURCES)) {
            List<ImageSource> images = new ArrayList<>();
            for (List<String> r : records(key, "image source", IMAGE_SOURCE_FIELDS, items)) {
                images.add(new ImageSource(r.get(0), r.get(1), r.get(2)));
            }
            meta.imageSources(images);
        } else {
            keyedGroup(key, items);
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

    private void keyedGroup(String key, List<MetaBoxLine> items) throws PostFormatException {
        Map<String, String> values = new HashMap<>();
        Map<String, MetaBoxLine> at = new HashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        List<String> known = subKeys(key);
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
        switch (key) {
            case AI_OUTLINE -> {
                AiOutline o = new AiOutline(values.get("context"), values.get("problem"), values.get("stack"),
                        values.get("recommended action"));
                meta.aiOutline(o.isEmpty() ? null : o);
            }
            case SCORE -> {
                Score s = new Score(score(values, at, "quality"), score(values, at, "freshness"),
                        score(values, at, "depth"), score(values, at, "clarity"));
                meta.score(s.isEmpty() ? null : s);
            }
            case REVISION -> {
                Revision r = new Revision(values.containsKey("status") ? ReviewStatus.of(values.get("status")) : null,
                        version(values, at), date(values, at));
                meta.revision(r.isEmpty() ? null : r);
            }
            case FLAGS -> {
                Flags f = new Flags(flag(values, at, "ai generated style"), flag(values, at, "has images"),
                        flag(values, at, "image heavy"), flag(values, at, "needs human review"));
                meta.flags(f.isEmpty() ? null : f);
            }
            case PAYLOAD -> {
                Long paragraphs = number(values, at, "paragraphs", Integer.MAX_VALUE);
                Payload p = new Payload(values.get("source id"), values.get("generator"),
                        paragraphs == null ? null : paragraphs.intValue(), values.get("scenario"),
                        number(values, at, "seed", Long.MAX_VALUE));
                meta.payload(p.isEmpty() ? null : p);
            }
            default -> throw new IllegalStateException(key);
        }
        unknown.forEach(meta::putExtra);
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

    private Integer score(Map<String, String> values, Map<String, MetaBoxLine> at, String key)
            throws PostFormatException {
        String raw = values.get(key);
        check(MetaRules.score(jsonPath(SCORE, key), raw), at.get(key));
        return raw == null ? null : Integer.valueOf(raw.trim());
    }

    private SemVer version(Map<String, String> values, Map<String, MetaBoxLine> at) throws PostFormatException {
        String raw = values.get("version");
        check(MetaRules.version(jsonPath(REVISION, "version"), raw), at.get("version"));
        return raw == null ? null : SemVer.parse(raw);
    }

    private java.time.LocalDate date(Map<String, String> values, Map<String, MetaBoxLine> at)
            throws PostFormatException {
        String raw = values.get("last reviewed");
        check(MetaRules.date(jsonPath(REVISION, "last reviewed"), raw), at.get("last reviewed"));
        return raw == null ? null : MetaRules.parseDate(raw);
    }

    private Boolean flag(Map<String, String> values, Map<String, MetaBoxLine> at, String key)
            throws PostFormatException {
        String raw = values.get(key);
        if (raw == null) return null;
        return switch (raw.trim()) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> throw error(at.get(key), jsonPath(FLAGS, key) + ": expected 0 or 1, found '" + raw + "'");
        };
    }

    private Long number(Map<String, String> values, Map<String, MetaBoxLine> at, String key, long max)
            throws PostFormatException {
        String raw = values.get(key);
        check(MetaRules.nonNegativeWholeNumber(jsonPath(PAYLOAD, key), raw, max), at.get(key));
        return raw == null ? null : Long.valueOf(raw.trim());
    }

    private long wholeNumber(List<FieldProblem> problems, String raw, MetaBoxLine line) throws PostFormatException {
        check(problems, line);
        return Long.parseLong(raw.trim());
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
