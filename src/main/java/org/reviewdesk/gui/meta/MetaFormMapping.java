package org.reviewdesk.gui.meta;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.MetaRules;

/**
 * Between a {@link Meta} and the form's properties, both ways. The rule that keeps imported posts intact:
 * what is absent stays absent (an absent list or group comes back null unless something was put in it), and
 * a number, date or version that breaks its rule falls back to the value of {@code base}, the last one saved.
 */
final class MetaFormMapping {
    private MetaFormMapping() {
    }

    static void fill(MetaPanelViewModel.FormSnapshot snapshot, Map<String, StringProperty> texts,
                     Map<String, ObjectProperty<Boolean>> flags, Map<String, ObservableList<String>> lists) {
        Meta m = snapshot.meta();
        AiOutline o = m.aiOutlineOrEmpty();
        Score s = m.scoreOrEmpty();
        Revision r = m.revisionOrEmpty();
        Payload p = m.payloadOrEmpty();
        Flags f = m.flagsOrEmpty();
        set(texts, "title", snapshot.title());
        set(texts, "topic", m.topic());
        set(texts, "summary", m.summary());
        set(texts, "ai_brief", m.aiBrief());
        set(texts, "ai_outline.context", o.context());
        set(texts, "ai_outline.problem", o.problem());
        set(texts, "ai_outline.stack", o.stack());
        set(texts, "ai_outline.recommended_action", o.recommendedAction());
        set(texts, "code_language", m.codeLanguage());
        set(texts, "difficulty", m.difficulty());
        set(texts, "reading_time", m.readingTime());
        set(texts, "view_count", m.viewCount());
        set(texts, "reference", m.reference());
        set(texts, "hash", m.hash());
        set(texts, "score.quality", s.quality());
        set(texts, "score.freshness", s.freshness());
        set(texts, "score.depth", s.depth());
        set(texts, "score.clarity", s.clarity());
        set(texts, "revision.status", r.status());
        set(texts, "revision.version", r.version());
        set(texts, "revision.last_reviewed", r.lastReviewed());
        set(texts, "payload.source_id", p.sourceId());
        set(texts, "payload.generator", p.generator());
        set(texts, "payload.paragraphs", p.paragraphs());
        set(texts, "payload.scenario", p.scenario());
        set(texts, "payload.seed", p.seed());
        flags.get("flags.ai_generated_style").set(f.aiGeneratedStyle());
        flags.get("flags.has_images").set(f.hasImages());
        flags.get("flags.image_heavy").set(f.imageHeavy());
        flags.get("flags.needs_human_review").set(f.needsHumanReview());
        lists.get("stack").setAll(orEmpty(m.stack()));
        lists.get("tools").setAll(orEmpty(m.tools()));
        lists.get("checklist").setAll(orEmpty(m.checklist()));
        lists.get("notes").setAll(orEmpty(m.notes()));
    }

    /** The text each text field of the form shows for {@code meta}, by JSON path. */
    static Map<String, String> texts(Meta meta) {
        Map<String, StringProperty> texts = new LinkedHashMap<>();
        for (String f : MetaPanelViewModel.TEXT_FIELDS) texts.put(f, new SimpleStringProperty());
        Map<String, ObjectProperty<Boolean>> flags = new LinkedHashMap<>();
        for (String f : MetaPanelViewModel.FLAG_FIELDS) flags.put(f, new SimpleObjectProperty<>());
        Map<String, ObservableList<String>> lists = new LinkedHashMap<>();
        for (String f : MetaPanelViewModel.LIST_FIELDS) lists.put(f, FXCollections.observableArrayList());
        fill(new MetaPanelViewModel.FormSnapshot("", meta, FieldDrafts.NONE), texts, flags, lists);
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((f, p) -> out.put(f, p.get()));
        return out;
    }

    static Meta toMeta(Meta base, Map<String, StringProperty> texts, Map<String, ObjectProperty<Boolean>> flags,
                       Map<String, ObservableList<String>> lists, List<Entity> entities, List<ImageSource> images,
                       Map<String, Object> extra) {
        Function<String, String> t = f -> texts.get(f).get();
        Score baseScore = base.scoreOrEmpty();
        Revision baseRevision = base.revisionOrEmpty();
        Payload basePayload = base.payloadOrEmpty();
        AiOutline outline = new AiOutline(t.apply("ai_outline.context"), t.apply("ai_outline.problem"),
                t.apply("ai_outline.stack"), t.apply("ai_outline.recommended_action"));
        Score score = new Score(score(t, "score.quality", baseScore.quality()), score(t, "score.freshness", baseScore.freshness()),
                score(t, "score.depth", baseScore.depth()), score(t, "score.clarity", baseScore.clarity()));
        String version = t.apply("revision.version");
        String reviewed = t.apply("revision.last_reviewed");
        Revision revision = new Revision(nullOr(t.apply("revision.status"), ReviewStatus::of),
                version == null ? null : MetaRules.version("", version).isEmpty() ? SemVer.parse(version) : baseRevision.version(),
                reviewed == null ? null : MetaRules.date("", reviewed).isEmpty() ? MetaRules.parseDate(reviewed) : baseRevision.lastReviewed());
        String paragraphs = t.apply("payload.paragraphs");
        String seed = t.apply("payload.seed");
        Payload payload = new Payload(t.apply("payload.source_id"), t.apply("payload.generator"),
                wholeNumber(paragraphs, Integer.MAX_VALUE) ? Integer.valueOf(paragraphs.trim())
                        : paragraphs == null ? null : basePayload.paragraphs(),
                t.apply("payload.scenario"),
                wholeNumber(seed, Long.MAX_VALUE) ? Long.valueOf(seed.trim()) : seed == null ? null : basePayload.seed());
        Flags flagGroup = new Flags(flags.get("flags.ai_generated_style").get(), flags.get("flags.has_images").get(),
                flags.get("flags.image_heavy").get(), flags.get("flags.needs_human_review").get());
        String readingTime = t.apply("reading_time");
        String viewCount = t.apply("view_count");
        return Meta.builder()
                .topic(t.apply("topic")).summary(t.apply("summary")).aiBrief(t.apply("ai_brief"))
                .aiOutline(group(outline, outline.isEmpty(), base.aiOutline()))
                .stack(list(lists.get("stack"), base.stack()))
                .tools(list(lists.get("tools"), base.tools()))
                .codeLanguage(t.apply("code_language"))
                .difficulty(nullOr(t.apply("difficulty"), Difficulty::of))
                .readingTime(wholeNumber(readingTime, Integer.MAX_VALUE) ? Integer.valueOf(readingTime.trim())
                        : readingTime == null ? null : base.readingTime())
                .viewCount(wholeNumber(viewCount, Long.MAX_VALUE) ? Long.valueOf(viewCount.trim())
                        : viewCount == null ? null : base.viewCount())
                .score(group(score, score.isEmpty(), base.score()))
                .revision(group(revision, revision.isEmpty(), base.revision()))
                .reference(t.apply("reference")).hash(t.apply("hash"))
                .flags(group(flagGroup, flagGroup.isEmpty(), base.flags()))
                .checklist(list(lists.get("checklist"), base.checklist()))
                .entities(list(entities, base.entities()))
                .imageSources(list(images, base.imageSources()))
                .payload(group(payload, payload.isEmpty(), base.payload()))
                .notes(list(lists.get("notes"), base.notes()))
                .extra(extra)
                .build();
    }

    /** An empty group stays absent when it was absent, and stays an empty group when it was one. */
    private static <G> G group(G group, boolean empty, G base) {
        return empty && base == null ? null : group;
    }

    private static <T> List<T> list(List<T> items, List<T> base) {
        return items.isEmpty() && base == null ? null : List.copyOf(items);
    }

    private static Integer score(Function<String, String> t, String field, Integer stored) {
        String raw = t.apply(field);
        if (raw == null) return null;
        return MetaRules.score(field, raw).isEmpty() ? Integer.valueOf(raw.trim()) : stored;
    }

    private static boolean wholeNumber(String raw, long max) {
        return raw != null && MetaRules.nonNegativeWholeNumber("", raw, max).isEmpty();
    }

    private static <T> T nullOr(String raw, Function<String, T> parse) {
        return raw == null ? null : parse.apply(raw);
    }

    private static void set(Map<String, StringProperty> texts, String field, Object value) {
        texts.get(field).set(value == null ? null : value.toString());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
