package org.reviewdesk.formats.alphanode;

import java.util.List;
import java.util.Set;

/**
 * The keys of the alphanode meta box as the pages write them (DESIGN.md, "Known keys"). The reader and the
 * writer share them, so both sides agree on which lines are groups, which are records, and in what order
 * the writer puts them.
 */
final class MetaBoxKeys {
    static final String OPENER = "alphanode post meta";
    static final String TRAILER = "Similar Posts";
    static final String BULLET = "•";

    static final String TOPIC = "topic";
    static final String SUMMARY = "summary";
    static final String AI_BRIEF = "ai brief";
    static final String CODE_LANGUAGE = "code language";
    static final String DIFFICULTY = "difficulty";
    static final String READING_TIME = "reading time";
    static final String VIEW_COUNT = "view count";
    static final String REFERENCE = "reference";
    static final String HASH = "hash";

    static final String AI_OUTLINE = "ai outline";
    static final String SCORE = "score";
    static final String REVISION = "revision";
    static final String FLAGS = "flags";
    static final String PAYLOAD = "payload";

    static final String STACK = "stack";
    static final String TOOLS = "tools";
    static final String CHECKLIST = "checklist";
    static final String NOTES = "notes";

    static final String ENTITIES = "entities";
    static final String IMAGE_SOURCES = "image sources";

    /** Glued scalars: the key, then the value on the same line ({@code reading time9}). */
    static final List<String> SCALARS = List.of(TOPIC, SUMMARY, AI_BRIEF, CODE_LANGUAGE, DIFFICULTY, READING_TIME,
            VIEW_COUNT, REFERENCE, HASH);

    static final List<String> AI_OUTLINE_KEYS = List.of("context", "problem", "stack", "recommended action");
    static final List<String> SCORE_KEYS = List.of("quality", "freshness", "depth", "clarity");
    static final List<String> REVISION_KEYS = List.of("status", "version", "last reviewed");
    static final List<String> FLAG_KEYS = List.of("ai generated style", "has images", "image heavy", "needs human review");
    static final List<String> PAYLOAD_KEYS = List.of("source id", "generator", "paragraphs", "scenario", "seed");

    /** Groups of {@code sub key: value} items. */
    static final Set<String> KEYED_GROUPS = Set.of(AI_OUTLINE, SCORE, REVISION, FLAGS, PAYLOAD);
    /** Groups of plain values. */
    static final Set<String> LISTS = Set.of(STACK, TOOLS, CHECKLIST, NOTES);

    static final List<String> ENTITY_FIELDS = List.of("name", "type");
    static final List<String> IMAGE_SOURCE_FIELDS = List.of("source", "url", "caption");
    /** Lists of records, whose bullets the pages indent by four spaces. */
    static final Set<String> RECORDS = Set.of(ENTITIES, IMAGE_SOURCES);

    private MetaBoxKeys() {
    }

    static boolean isGroup(String key) {
        return KEYED_GROUPS.contains(key) || LISTS.contains(key) || RECORDS.contains(key);
    }

    static List<String> subKeys(String group) {
        return switch (group) {
            case AI_OUTLINE -> AI_OUTLINE_KEYS;
            case SCORE -> SCORE_KEYS;
            case REVISION -> REVISION_KEYS;
            case FLAGS -> FLAG_KEYS;
            case PAYLOAD -> PAYLOAD_KEYS;
            default -> List.of();
        };
    }

    /** The canonical JSON path of a key of the box: {@code last reviewed} in revision is {@code revision.last_reviewed}. */
    static String jsonPath(String group, String subKey) {
        String g = group.replace(' ', '_');
        return subKey == null ? g : g + "." + subKey.replace(' ', '_');
    }
}
