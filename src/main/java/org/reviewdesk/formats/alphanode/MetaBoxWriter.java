package org.reviewdesk.formats.alphanode;

import static org.reviewdesk.formats.alphanode.MetaBoxKeys.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;

/**
 * Writes the meta box in the pages' layout: glued scalars, {@code   • } items, records indented by four
 * spaces, in the order of the known keys; unknown sub keys inside their group, other unknown keys last.
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
        scalar(TOPIC, meta.topic());
        scalar(SUMMARY, meta.summary());
        AiOutline o = meta.aiOutlineOrEmpty();
        keyed(AI_OUTLINE, o.context(), o.problem(), o.stack(), o.recommendedAction());
        scalar(AI_BRIEF, meta.aiBrief());
        list(STACK, meta.stack());
        list(TOOLS, meta.tools());
        scalar(CODE_LANGUAGE, meta.codeLanguage());
        scalar(DIFFICULTY, meta.difficulty());
        scalar(READING_TIME, meta.readingTime());
        scalar(VIEW_COUNT, meta.viewCount());
        Score s = meta.scoreOrEmpty();
        keyed(SCORE, s.quality(), s.freshness(), s.depth(), s.clarity());
        Revision r = meta.revisionOrEmpty();
        keyed(REVISION, r.status(), r.version(), r.lastReviewed());
        scalar(REFERENCE, meta.reference());
        scalar(HASH, meta.hash());
        Flags f = meta.flagsOrEmpty();
        keyed(FLAGS, flag(f.aiGeneratedStyle()), flag(f.hasImages()), flag(f.imageHeavy()), flag(f.needsHumanReview()));
        list(CHECKLIST, meta.checklist());
        if (meta.entities() != null && !meta.entities().isEmpty()) {
            out.add(ENTITIES);
            for (Entity e : meta.entities()) record(ENTITY_FIELDS, e.name(), e.type());
        }
        if (meta.imageSources() != null && !meta.imageSources().isEmpty()) {
            out.add(IMAGE_SOURCES);
            for (ImageSource i : meta.imageSources()) record(IMAGE_SOURCE_FIELDS, i.source(), i.url(), i.caption());
        }
        Payload p = meta.payloadOrEmpty();
        keyed(PAYLOAD, p.sourceId(), p.generator(), p.paragraphs(), p.scenario(), p.seed());
        list(NOTES, meta.notes());
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

    private void scalar(String key, Object value) {
        if (value != null) out.add(key + value);
    }

    private void list(String key, List<String> values) {
        if (values == null || values.isEmpty()) return;
        out.add(key);
        values.forEach(v -> out.add("  " + BULLET + " " + v));
    }

    /** A group of {@code sub key: value} items, followed by the unknown sub keys kept for it. */
    private void keyed(String group, Object... values) {
        List<String> items = new ArrayList<>();
        List<String> keys = subKeys(group);
        for (int i = 0; i < keys.size(); i++) {
            if (values[i] != null) items.add("  " + BULLET + " " + keys.get(i) + ": " + values[i]);
        }
        String prefix = group + ".";
        extra.entrySet().removeIf(e -> {
            if (!e.getKey().startsWith(prefix) || e.getValue() instanceof List) return false;
            items.add("  " + BULLET + " " + e.getKey().substring(prefix.length()) + ": " + e.getValue());
            return true;
        });
        if (!items.isEmpty()) {
            out.add(group);
            out.addAll(items);
        }
    }

    private void record(List<String> fields, String... values) {
        for (int i = 0; i < fields.size(); i++) {
            out.add("    " + BULLET + " " + fields.get(i) + ": " + Objects.toString(values[i], ""));
        }
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }
}
