package org.reviewdesk.model.meta;

import java.util.List;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.MetaRules;

/**
 * What a meta field holds, which says how a codec writes it and which control the form gives it. A scalar kind
 * turns the text a user or a file gave into the model's value once its rule (if any) is kept; a record list knows
 * its records' keys.
 */
public enum MetaKind {
    TEXT,
    LONG_TEXT,
    /** A value from a known list, or any other kept as written ({@code difficulty}, {@code revision.status}). */
    CHOICE,
    /** A whole number that fits an {@code Integer}. */
    WHOLE_NUMBER,
    /** A whole number that fits a {@code Long}. */
    LARGE_WHOLE_NUMBER,
    /** A whole number from 0 to 100. */
    SCORE,
    DATE,
    SEMVER,
    BOOLEAN,
    STRING_LIST,
    ENTITY_LIST,
    IMAGE_SOURCE_LIST;

    /** A single value the form edits as text. */
    public boolean isText() {
        return this != BOOLEAN && !isList();
    }

    public boolean isList() {
        return this == STRING_LIST || isRecordList();
    }

    public boolean isRecordList() {
        return this == ENTITY_LIST || this == IMAGE_SOURCE_LIST;
    }

    /** The rule every value of this kind keeps, or null for plain text. */
    FieldRule rule() {
        return switch (this) {
            case WHOLE_NUMBER -> (field, raw) -> MetaRules.nonNegativeWholeNumber(field, raw, Integer.MAX_VALUE);
            case LARGE_WHOLE_NUMBER -> (field, raw) -> MetaRules.nonNegativeWholeNumber(field, raw, Long.MAX_VALUE);
            case SCORE -> MetaRules::score;
            case DATE -> MetaRules::date;
            case SEMVER -> MetaRules::version;
            default -> null;
        };
    }

    /** The value of text that keeps the kind's rule. */
    Object parse(String raw) {
        return switch (this) {
            case WHOLE_NUMBER, SCORE -> Integer.valueOf(raw.trim());
            case LARGE_WHOLE_NUMBER -> Long.valueOf(raw.trim());
            case DATE -> MetaRules.parseDate(raw);
            case SEMVER -> SemVer.parse(raw);
            case TEXT, LONG_TEXT, CHOICE -> raw;
            default -> throw new IllegalStateException(this + " is not read from one text");
        };
    }

    /** The keys of each record, in the order the formats write them. */
    public List<String> recordKeys() {
        return switch (this) {
            case ENTITY_LIST -> List.of("name", "type");
            case IMAGE_SOURCE_LIST -> List.of("source", "url", "caption");
            default -> List.of();
        };
    }

    /** What one record is called in a message: "entity 2 has no 'type'". */
    public String recordName() {
        return this == ENTITY_LIST ? "entity" : this == IMAGE_SOURCE_LIST ? "image source" : "";
    }

    /** What several records are called in a message: "a list of entities". */
    public String recordsName() {
        return this == ENTITY_LIST ? "entities" : this == IMAGE_SOURCE_LIST ? "image sources" : "";
    }

    /** A record's values in {@link #recordKeys} order. */
    public List<String> recordValues(Object record) {
        if (record instanceof Entity e) return java.util.Arrays.asList(e.name(), e.type());
        if (record instanceof ImageSource i) return java.util.Arrays.asList(i.source(), i.url(), i.caption());
        throw new IllegalArgumentException("not a record of " + this + ": " + record);
    }

    /** The record of values in {@link #recordKeys} order. */
    public Object record(List<String> values) {
        return switch (this) {
            case ENTITY_LIST -> new Entity(values.get(0), values.get(1));
            case IMAGE_SOURCE_LIST -> new ImageSource(values.get(0), values.get(1), values.get(2));
            default -> throw new IllegalStateException(this + " has no records");
        };
    }
}
