package org.reviewdesk.model.meta;

import static org.reviewdesk.model.meta.MetaGroup.*;
import static org.reviewdesk.model.meta.MetaKind.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.QueueSort.Column;
import org.reviewdesk.model.validation.MetaRules;

/**
 * Every field of the meta box, once, in the canonical order of DESIGN.md (the order both formats write). The codecs,
 * the form, the validation and the checks read their keys, labels, groups, kinds and rules from here, so a new field
 * is one entry below, plus its column in the store (a migration and {@code store.PostRows}), which keeps every field
 * in a column of its own.
 *
 * <p>This class is a declarative table, one entry per field: the helpers only fill in what most fields share (the
 * alphanode key is the JSON key with spaces, the rule is the kind's), and mark the few that differ ({@code choice},
 * {@code queue}, {@code addedLater}).
 */
public final class MetaFields {
    public static final MetaSection AI_OUTLINE_SECTION = new MetaSection("ai_outline", "ai outline", Meta::aiOutline,
            v -> new AiOutline((String) v.get(0), (String) v.get(1), (String) v.get(2), (String) v.get(3)),
            (b, g) -> b.aiOutline((AiOutline) g));
    public static final MetaSection SCORE_SECTION = new MetaSection("score", "score", Meta::score,
            v -> new Score((Integer) v.get(0), (Integer) v.get(1), (Integer) v.get(2), (Integer) v.get(3)),
            (b, g) -> b.score((Score) g));
    public static final MetaSection REVISION_SECTION = new MetaSection("revision", "revision", Meta::revision,
            v -> new Revision((ReviewStatus) v.get(0), (SemVer) v.get(1), (java.time.LocalDate) v.get(2)),
            (b, g) -> b.revision((Revision) g));
    public static final MetaSection FLAGS_SECTION = new MetaSection("flags", "flags", Meta::flags,
            v -> new Flags((Boolean) v.get(0), (Boolean) v.get(1), (Boolean) v.get(2), (Boolean) v.get(3)),
            (b, g) -> b.flags((Flags) g));
    public static final MetaSection PAYLOAD_SECTION = new MetaSection("payload", "payload", Meta::payload,
            v -> new Payload((String) v.get(0), (String) v.get(1), (Integer) v.get(2), (String) v.get(3), (Long) v.get(4)),
            (b, g) -> b.payload((Payload) g));

    public static final MetaField TOPIC = field("topic", SUMMARY, "Topic", TEXT, Meta::topic, Meta.Builder::topic);
    public static final MetaField SUMMARY_TEXT =
            field("summary", SUMMARY, "Summary", LONG_TEXT, Meta::summary, Meta.Builder::summary);
    public static final MetaField OUTLINE_CONTEXT = member(AI_OUTLINE_SECTION, "context", MetaGroup.AI_OUTLINE,
            "Context", LONG_TEXT, m -> m.aiOutlineOrEmpty().context());
    public static final MetaField OUTLINE_PROBLEM = member(AI_OUTLINE_SECTION, "problem", MetaGroup.AI_OUTLINE,
            "Problem", LONG_TEXT, m -> m.aiOutlineOrEmpty().problem());
    public static final MetaField OUTLINE_STACK = member(AI_OUTLINE_SECTION, "stack", MetaGroup.AI_OUTLINE,
            "Stack", LONG_TEXT, m -> m.aiOutlineOrEmpty().stack());
    public static final MetaField OUTLINE_ACTION = member(AI_OUTLINE_SECTION, "recommended_action", MetaGroup.AI_OUTLINE,
            "Recommended action", LONG_TEXT, m -> m.aiOutlineOrEmpty().recommendedAction());
    public static final MetaField AI_BRIEF =
            field("ai_brief", SUMMARY, "AI brief", LONG_TEXT, Meta::aiBrief, Meta.Builder::aiBrief);
    public static final MetaField STACK =
            field("stack", CLASSIFICATION, "Stack", STRING_LIST, Meta::stack, Meta.Builder::stack);
    public static final MetaField TOOLS =
            field("tools", CLASSIFICATION, "Tools", STRING_LIST, Meta::tools, Meta.Builder::tools);
    public static final MetaField CODE_LANGUAGE = field("code_language", CLASSIFICATION, "Code language", TEXT,
            Meta::codeLanguage, Meta.Builder::codeLanguage);
    public static final MetaField LANGUAGE = addedLater(field("language", CLASSIFICATION, "Language", TEXT,
            Meta::language, Meta.Builder::language), MetaRules::language);
    public static final MetaField DIFFICULTY = choice(field("difficulty", CLASSIFICATION, "Difficulty", CHOICE,
            Meta::difficulty, Meta.Builder::difficulty), Difficulty.KNOWN.stream().map(Difficulty::value).toList(),
            Difficulty::of);
    public static final MetaField READING_TIME = field("reading_time", CLASSIFICATION, "Reading time", WHOLE_NUMBER,
            Meta::readingTime, Meta.Builder::readingTime);
    public static final MetaField VIEW_COUNT = queue(field("view_count", CLASSIFICATION, "View count",
            LARGE_WHOLE_NUMBER, Meta::viewCount, Meta.Builder::viewCount), Column.VIEW_COUNT);
    public static final MetaField SCORE_QUALITY = queue(member(SCORE_SECTION, "quality", SCORES, "quality", SCORE,
            m -> m.scoreOrEmpty().quality()), Column.QUALITY);
    public static final MetaField SCORE_FRESHNESS = queue(member(SCORE_SECTION, "freshness", SCORES, "freshness", SCORE,
            m -> m.scoreOrEmpty().freshness()), Column.FRESHNESS);
    public static final MetaField SCORE_DEPTH =
            member(SCORE_SECTION, "depth", SCORES, "depth", SCORE, m -> m.scoreOrEmpty().depth());
    public static final MetaField SCORE_CLARITY =
            member(SCORE_SECTION, "clarity", SCORES, "clarity", SCORE, m -> m.scoreOrEmpty().clarity());
    public static final MetaField REVISION_STATUS = queue(choice(member(REVISION_SECTION, "status", REVISION, "Status",
            CHOICE, m -> m.revisionOrEmpty().status()), ReviewStatus.KNOWN.stream().map(ReviewStatus::value).toList(),
            ReviewStatus::of), Column.STATUS);
    public static final MetaField REVISION_VERSION = queue(member(REVISION_SECTION, "version", REVISION, "Version",
            SEMVER, m -> m.revisionOrEmpty().version()), Column.VERSION);
    public static final MetaField REVISION_LAST_REVIEWED = queue(member(REVISION_SECTION, "last_reviewed", REVISION,
            "Last reviewed", DATE, m -> m.revisionOrEmpty().lastReviewed()), Column.LAST_REVIEWED);
    public static final MetaField REFERENCE =
            field("reference", SUMMARY, "Reference", TEXT, Meta::reference, Meta.Builder::reference);
    public static final MetaField HASH = field("hash", SUMMARY, "Hash", TEXT, Meta::hash, Meta.Builder::hash);
    public static final MetaField FLAG_AI_GENERATED_STYLE = member(FLAGS_SECTION, "ai_generated_style",
            MetaGroup.FLAGS, "AI generated style", BOOLEAN, m -> m.flagsOrEmpty().aiGeneratedStyle());
    public static final MetaField FLAG_HAS_IMAGES = member(FLAGS_SECTION, "has_images", MetaGroup.FLAGS,
            "Has images", BOOLEAN, m -> m.flagsOrEmpty().hasImages());
    public static final MetaField FLAG_IMAGE_HEAVY = member(FLAGS_SECTION, "image_heavy", MetaGroup.FLAGS,
            "Image heavy", BOOLEAN, m -> m.flagsOrEmpty().imageHeavy());
    public static final MetaField FLAG_NEEDS_HUMAN_REVIEW = member(FLAGS_SECTION, "needs_human_review",
            MetaGroup.FLAGS, "Needs human review", BOOLEAN, m -> m.flagsOrEmpty().needsHumanReview());
    public static final MetaField CHECKLIST_ITEMS =
            field("checklist", CHECKLIST, "Checklist", STRING_LIST, Meta::checklist, Meta.Builder::checklist);
    public static final MetaField ENTITY_LIST_FIELD =
            field("entities", ENTITIES, "Entities", ENTITY_LIST, Meta::entities, Meta.Builder::entities);
    public static final MetaField IMAGE_SOURCE_LIST_FIELD = field("image_sources", IMAGE_SOURCES, "Image sources",
            IMAGE_SOURCE_LIST, Meta::imageSources, Meta.Builder::imageSources);
    public static final MetaField PAYLOAD_SOURCE_ID = member(PAYLOAD_SECTION, "source_id", PAYLOAD, "Source id", TEXT,
            m -> m.payloadOrEmpty().sourceId());
    public static final MetaField PAYLOAD_GENERATOR = member(PAYLOAD_SECTION, "generator", PAYLOAD, "Generator", TEXT,
            m -> m.payloadOrEmpty().generator());
    public static final MetaField PAYLOAD_PARAGRAPHS = member(PAYLOAD_SECTION, "paragraphs", PAYLOAD, "Paragraphs",
            WHOLE_NUMBER, m -> m.payloadOrEmpty().paragraphs());
    public static final MetaField PAYLOAD_SCENARIO = member(PAYLOAD_SECTION, "scenario", PAYLOAD, "Scenario", TEXT,
            m -> m.payloadOrEmpty().scenario());
    public static final MetaField PAYLOAD_SEED = member(PAYLOAD_SECTION, "seed", PAYLOAD, "Seed", LARGE_WHOLE_NUMBER,
            m -> m.payloadOrEmpty().seed());
    public static final MetaField NOTES_ITEMS =
            field("notes", NOTES, "Notes", STRING_LIST, Meta::notes, Meta.Builder::notes);

    /** Every field, in canonical order. */
    public static final List<MetaField> ALL = List.of(TOPIC, SUMMARY_TEXT, OUTLINE_CONTEXT, OUTLINE_PROBLEM, OUTLINE_STACK,
            OUTLINE_ACTION, AI_BRIEF, STACK, TOOLS, CODE_LANGUAGE, LANGUAGE, DIFFICULTY, READING_TIME, VIEW_COUNT,
            SCORE_QUALITY, SCORE_FRESHNESS, SCORE_DEPTH, SCORE_CLARITY, REVISION_STATUS, REVISION_VERSION,
            REVISION_LAST_REVIEWED, REFERENCE, HASH, FLAG_AI_GENERATED_STYLE, FLAG_HAS_IMAGES, FLAG_IMAGE_HEAVY,
            FLAG_NEEDS_HUMAN_REVIEW, CHECKLIST_ITEMS, ENTITY_LIST_FIELD, IMAGE_SOURCE_LIST_FIELD, PAYLOAD_SOURCE_ID,
            PAYLOAD_GENERATOR, PAYLOAD_PARAGRAPHS, PAYLOAD_SCENARIO, PAYLOAD_SEED, NOTES_ITEMS);

    /** The keys of the meta box itself, fields and sections, in canonical order. */
    public static final List<MetaKey> TOP_LEVEL = topLevel();

    /** Every field in the order of the form: by group, then in canonical order. */
    public static final List<MetaField> FORM_ORDER =
            ALL.stream().sorted(Comparator.comparing(MetaField::group)).toList();

    private MetaFields() {
    }

    /** The field of a canonical JSON path. */
    public static Optional<MetaField> byPath(String path) {
        return ALL.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The fields of one group of the form, in the form's order. */
    public static List<MetaField> inGroup(MetaGroup group) {
        return FORM_ORDER.stream().filter(f -> f.group() == group).toList();
    }

    /**
     * The group of the form that shows a field, a section or the post's title by path ({@code payload} or
     * {@code payload.seed}); {@link MetaGroup#OTHER_FIELDS} for a key no field describes.
     */
    public static MetaGroup groupOf(String path) {
        if (path.equals("title")) return SUMMARY;
        for (MetaField f : ALL) {
            if (f.path().equals(path) || f.section() != null && f.section().path().equals(path)) return f.group();
        }
        return OTHER_FIELDS;
    }

    private static List<MetaKey> topLevel() {
        List<MetaKey> keys = new ArrayList<>();
        for (MetaField f : ALL) {
            MetaKey key = f.section() == null ? f : f.section();
            if (!keys.contains(key)) keys.add(key);
        }
        return List.copyOf(keys);
    }

    @SuppressWarnings("unchecked")
    private static <T> MetaField field(String path, MetaGroup group, String label, MetaKind kind, Function<Meta, T> get,
                                       BiConsumer<Meta.Builder, T> set) {
        return new MetaField(path, group, label, kind, path.replace('_', ' '), null, get::apply,
                (b, v) -> set.accept(b, (T) v), kind.rule(), null, null, false);
    }

    private static MetaField member(MetaSection section, String key, MetaGroup group, String label, MetaKind kind,
                                    Function<Meta, Object> get) {
        return new MetaField(section.path() + "." + key, group, label, kind, key.replace('_', ' '), section, get, null,
                kind.rule(), null, null, false);
    }

    private static MetaField choice(MetaField f, List<String> known, Function<String, Object> of) {
        return new MetaField(f.path(), f.group(), f.label(), f.kind(), f.boxKey(), f.section(), f.get(), f.set(), f.rule(),
                new MetaField.Choices(known, of), f.queueColumn(), f.addedLater());
    }

    /** A key the pages did not have, with its rule (see {@link MetaField#addedLater}). */
    private static MetaField addedLater(MetaField f, FieldRule rule) {
        return new MetaField(f.path(), f.group(), f.label(), f.kind(), f.boxKey(), f.section(), f.get(), f.set(), rule,
                f.choices(), f.queueColumn(), true);
    }

    private static MetaField queue(MetaField f, Column column) {
        return new MetaField(f.path(), f.group(), f.label(), f.kind(), f.boxKey(), f.section(), f.get(), f.set(), f.rule(),
                f.choices(), column, f.addedLater());
    }
}
