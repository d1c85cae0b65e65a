package org.reviewdesk.model.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.SemVer;

/** A meta box with every field of the catalogue set, built from the catalogue itself: a new field is in it at once. */
public final class MetaFieldSamples {
    /** Texts tried in turn for a text field with a rule; a new rule needs an example here that keeps it. */
    private static final List<String> RULED_TEXTS = List.of("en-GB");

    private MetaFieldSamples() {
    }

    public static Meta everyField() {
        Meta.Builder b = Meta.builder();
        for (MetaKey key : MetaFields.TOP_LEVEL) {
            if (key instanceof MetaField f) {
                f.set(b, sample(f));
            } else if (key instanceof MetaSection s) {
                s.set(b, s.build(s.fields().stream().map(MetaFieldSamples::sample).toList()));
            }
        }
        return b.build();
    }

    /** A value of the field's kind that keeps its rule, distinct from the other fields' values. */
    public static Object sample(MetaField f) {
        return switch (f.kind()) {
            case TEXT, LONG_TEXT -> text(f);
            case CHOICE -> f.parse(f.choices().known().get(0));
            case WHOLE_NUMBER -> 7;
            case LARGE_WHOLE_NUMBER -> 629_898L;
            case SCORE -> 42;
            case DATE -> LocalDate.of(2022, 1, 6);
            case SEMVER -> SemVer.parse("1.7.3");
            case BOOLEAN -> Boolean.TRUE;
            case STRING_LIST -> List.of("first " + f.key(), "second " + f.key());
            case ENTITY_LIST, IMAGE_SOURCE_LIST -> List.of(record(f));
        };
    }

    private static String text(MetaField f) {
        String plain = "a " + f.key().replace('_', ' ');
        if (f.check(plain).isEmpty()) return plain;
        return RULED_TEXTS.stream().filter(t -> f.check(t).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no example text keeps the rule of " + f.path()));
    }

    private static Object record(MetaField f) {
        List<String> values = new ArrayList<>();
        for (String k : f.kind().recordKeys()) values.add(k.equals("url") ? "https://example.org/a.png" : k + " of " + f.key());
        return f.kind().record(values);
    }
}
