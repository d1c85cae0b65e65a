package org.reviewdesk.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.meta.MetaPanelView;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaGroup;

class MetaFieldGroupsTest {
    @Test
    void aFindingsFieldOpensTheGroupThePanelShowsItIn() {
        assertThat(MetaFieldGroups.groupId("payload.paragraphs")).isEqualTo(MetaPanelView.groupId(MetaGroup.PAYLOAD));
        assertThat(MetaFieldGroups.groupId("image_sources[1]")).isEqualTo(MetaPanelView.groupId(MetaGroup.IMAGE_SOURCES));
        assertThat(MetaFieldGroups.groupId("entities[3].name")).isEqualTo(MetaPanelView.groupId(MetaGroup.ENTITIES));
        assertThat(MetaFieldGroups.groupId("revision.last_reviewed")).isEqualTo(MetaPanelView.groupId(MetaGroup.REVISION));
        assertThat(MetaFieldGroups.groupId("code_language")).isEqualTo(MetaPanelView.groupId(MetaGroup.CLASSIFICATION));
        assertThat(MetaFieldGroups.groupId("ai_outline.stack")).isEqualTo(MetaPanelView.groupId(MetaGroup.AI_OUTLINE));
        assertThat(MetaFieldGroups.groupId("title")).isEqualTo(MetaPanelView.groupId(MetaGroup.SUMMARY));
        assertThat(MetaFieldGroups.groupId("something_new")).isEqualTo(MetaPanelView.groupId(MetaGroup.OTHER_FIELDS));
    }

    @Test
    void everyFieldOfTheCatalogueOpensItsOwnGroup() {
        for (MetaField f : MetaFields.ALL) {
            assertThat(MetaFieldGroups.groupId(f.path())).as(f.path()).isEqualTo(MetaPanelView.groupId(f.group()));
        }
    }
}
