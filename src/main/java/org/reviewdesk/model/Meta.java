package org.reviewdesk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured meta box of a post (see DESIGN.md, "The post and its meta box").
 *
 * <p>Every field may be absent (null): a field the source did not have is never invented. Lists are
 * null when absent and immutable when present. {@code extra} keeps, in source order, every key that
 * is not in the known list; its values are a {@code String} or a {@code List<String>}. An unknown
 * sub key of a known group is kept as {@code "group.sub key"} (for example {@code "score.novelty"}).
 */
public record Meta(
        String topic,
        String summary,
        AiOutline aiOutline,
        String aiBrief,
        List<String> stack,
        List<String> tools,
        String codeLanguage,
        String language,
        Difficulty difficulty,
        Integer readingTime,
        Long viewCount,
        Score score,
        Revision revision,
        String reference,
        String hash,
        Flags flags,
        List<String> checklist,
        List<Entity> entities,
        List<ImageSource> imageSources,
        Payload payload,
        List<String> notes,
        Map<String, Object> extra) {

    public static final Meta EMPTY = builder().build();

    public Meta {
        stack = copy(stack);
        tools = copy(tools);
        checklist = copy(checklist);
        entities = copy(entities);
        imageSources = copy(imageSources);
        notes = copy(notes);
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(copyValues(extra)));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    private static Map<String, Object> copyValues(Map<String, Object> extra) {
        Map<String, Object> out = new LinkedHashMap<>();
        extra.forEach((k, v) -> {
            if (v instanceof List<?> l) {
                out.put(k, l.stream().map(String::valueOf).toList());
            } else {
                out.put(k, v == null ? "" : String.valueOf(v));
            }
        });
        return out;
    }

    /** The score group, or an empty one when absent. */
    public Score scoreOrEmpty() {
        return score == null ? Score.EMPTY : score;
    }

    public Revision revisionOrEmpty() {
        return revision == null ? Revision.EMPTY : revision;
    }

    public Flags flagsOrEmpty() {
        return flags == null ? Flags.EMPTY : flags;
    }

    public Payload payloadOrEmpty() {
        return payload == null ? Payload.EMPTY : payload;
    }

    public AiOutline aiOutlineOrEmpty() {
        return aiOutline == null ? AiOutline.EMPTY : aiOutline;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Meta} field by field; used by readers, the form and the synthesizer. */
    public static final class Builder {
        private String topic;
        private String summary;
        private AiOutline aiOutline;
        private String aiBrief;
        private List<String> stack;
        private List<String> tools;
        private String codeLanguage;
        private String language;
        private Difficulty difficulty;
        private Integer readingTime;
        private Long viewCount;
        private Score score;
        private Revision revision;
        private String reference;
        private String hash;
        private Flags flags;
        private List<String> checklist;
        private List<Entity> entities;
        private List<ImageSource> imageSources;
        private Payload payload;
        private List<String> notes;
        private Map<String, Object> extra = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Meta m) {
            topic = m.topic;
            summary = m.summary;
            aiOutline = m.aiOutline;
            aiBrief = m.aiBrief;
            stack = m.stack;
            tools = m.tools;
            codeLanguage = m.codeLanguage;
            language = m.language;
            difficulty = m.difficulty;
            readingTime = m.readingTime;
            viewCount = m.viewCount;
            score = m.score;
            revision = m.revision;
            reference = m.reference;
            hash = m.hash;
            flags = m.flags;
            checklist = m.checklist;
            entities = m.entities;
            imageSources = m.imageSources;
            payload = m.payload;
            notes = m.notes;
            extra = new LinkedHashMap<>(m.extra);
        }

        public Builder topic(String v) { topic = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder aiOutline(AiOutline v) { aiOutline = v; return this; }
        public Builder aiBrief(String v) { aiBrief = v; return this; }
        public Builder stack(List<String> v) { stack = v; return this; }
        public Builder tools(List<String> v) { tools = v; return this; }
        public Builder codeLanguage(String v) { codeLanguage = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder difficulty(Difficulty v) { difficulty = v; return this; }
        public Builder readingTime(Integer v) { readingTime = v; return this; }
        public Builder viewCount(Long v) { viewCount = v; return this; }
        public Builder score(Score v) { score = v; return this; }
        public Builder revision(Revision v) { revision = v; return this; }
        public Builder reference(String v) { reference = v; return this; }
        public Builder hash(String v) { hash = v; return this; }
        public Builder flags(Flags v) { flags = v; return this; }
        public Builder checklist(List<String> v) { checklist = v; return this; }
        public Builder entities(List<Entity> v) { entities = v; return this; }
        public Builder imageSources(List<ImageSource> v) { imageSources = v; return this; }
        public Builder payload(Payload v) { payload = v; return this; }
        public Builder notes(List<String> v) { notes = v; return this; }
        public Builder extra(Map<String, Object> v) { extra = new LinkedHashMap<>(v); return this; }
        public Builder putExtra(String key, Object value) { extra.put(key, value); return this; }

        public Meta build() {
            return new Meta(topic, summary, aiOutline, aiBrief, stack, tools, codeLanguage, language, difficulty, readingTime,
                    viewCount, score, revision, reference, hash, flags, checklist, entities, imageSources, payload,
                    notes, extra);
        }
    }
}
