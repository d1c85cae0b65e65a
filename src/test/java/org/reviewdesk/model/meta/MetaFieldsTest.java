package org.reviewdesk.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Meta;

class MetaFieldsTest {
    @Test
    void pathsAndAlphanodeKeysNameOneFieldEach() {
        assertThat(MetaFields.ALL).extracting(MetaField::path).doesNotHaveDuplicates();
        assertThat(MetaFields.TOP_LEVEL).extracting(MetaKey::path).doesNotHaveDuplicates();
        assertThat(MetaFields.TOP_LEVEL).extracting(MetaKey::boxKey).doesNotHaveDuplicates();
        for (MetaField f : MetaFields.ALL) {
            assertThat(f.label()).as(f.path()).isNotBlank();
            assertThat(f.set() == null).as(f.path() + " is set alone or with its section").isEqualTo(f.section() != null);
            assertThat(f.choices() != null).as(f.path()).isEqualTo(f.kind() == MetaKind.CHOICE);
            assertThat(f.group()).as(f.path()).isNotEqualTo(MetaGroup.OTHER_FIELDS);
        }
    }

    @Test
    void theKeysOfTheMetaBoxComeInTheCanonicalOrder() {
        List<String> design = List.of("topic", "summary", "ai_outline", "ai_brief", "stack", "tools", "code_language",
                "difficulty", "reading_time", "view_count", "score", "revision", "reference", "hash", "flags", "checklist",
                "entities", "image_sources", "payload", "notes");
        List<String> catalogue = MetaFields.TOP_LEVEL.stream().map(MetaKey::path).filter(design::contains).toList();
        assertThat(catalogue).containsExactlyElementsOf(design);
    }

    @Test
    void eachFieldReadsAndWritesItsOwnPlaceOfTheMetaBox() {
        Meta every = MetaFieldSamples.everyField();
        for (MetaField f : MetaFields.ALL) {
            assertThat(f.of(every)).as(f.path()).isEqualTo(MetaFieldSamples.sample(f));
            assertThat(f.of(Meta.EMPTY)).as(f.path()).isNull();
        }
    }

    @Test
    void theFormShowsTheGroupsInTheirOrderAndEachFieldInItsGroup() {
        assertThat(MetaFields.FORM_ORDER).containsExactlyInAnyOrderElementsOf(MetaFields.ALL);
        assertThat(MetaFields.FORM_ORDER).extracting(MetaField::group).isSorted();
        assertThat(MetaFields.groupOf("payload")).isEqualTo(MetaGroup.PAYLOAD);
        assertThat(MetaFields.groupOf("title")).isEqualTo(MetaGroup.SUMMARY);
        assertThat(MetaFields.groupOf("mood")).isEqualTo(MetaGroup.OTHER_FIELDS);
    }
}
