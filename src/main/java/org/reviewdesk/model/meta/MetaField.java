package org.reviewdesk.model.meta;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * One field of the meta box, described once for the codecs, the form, the validation and the checks. Built only by
 * the table in {@link MetaFields}, whose helpers fill in what most fields share.
 *
 * @param path        the canonical JSON path ({@code revision.last_reviewed}), the field's name everywhere
 * @param group       the group of the form that shows it
 * @param label       its label on the form
 * @param kind        what it holds
 * @param boxKey      its key in the alphanode meta box (a sub key inside its section's group)
 * @param section     the group the formats write it in, or null for a key of the meta box itself
 * @param get         its value in a meta box (null while absent)
 * @param set         puts a value into a meta box being built; null for a field of a section, built with it
 * @param rule        the rule its text keeps, or null when any text will do
 * @param choices     the values the form offers, and how a text becomes one; null unless the kind is CHOICE
 * @param queueColumn the queue's column that shows it, or null
 * @param addedLater  a key the pages did not have: in the alphanode box, a line it does not fit is an unknown key
 */
public record MetaField(String path, MetaGroup group, String label, MetaKind kind, String boxKey, MetaSection section,
                        Function<Meta, Object> get, BiConsumer<Meta.Builder, Object> set, FieldRule rule,
                        Choices choices, QueueSort.Column queueColumn, boolean addedLater)
        implements MetaKey {

    /** The values a CHOICE field offers, and how a text becomes one (a value outside them is kept as written). */
    public record Choices(List<String> known, Function<String, Object> of) {
    }

    /** The last part of the path: the field's key inside its JSON object. */
    public String key() {
        return section == null ? path : path.substring(section.path().length() + 1);
    }

    public Object of(Meta meta) {
        return get.apply(meta);
    }

    /** The field's value as the form and the alphanode box show it, null while absent. */
    public String text(Meta meta) {
        Object v = get.apply(meta);
        return v == null ? null : v.toString();
    }

    /** The problems of a text given for this field; none when it has no rule. */
    public List<FieldProblem> check(String raw) {
        return rule == null ? List.of() : rule.check(path, raw);
    }

    /** True when the model holds the value parsed, so that a text that breaks the rule cannot be held. */
    public boolean hasRule() {
        return rule != null;
    }

    /** The value of a text that keeps the rule (a scalar kind only). */
    public Object parse(String raw) {
        return choices != null ? choices.of().apply(raw) : kind.parse(raw);
    }

    public void set(Meta.Builder meta, Object value) {
        if (set == null) throw new IllegalStateException(path + " is set with its section " + section.path());
        set.accept(meta, value);
    }
}
