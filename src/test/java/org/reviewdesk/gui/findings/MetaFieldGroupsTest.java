package org.reviewdesk.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaFieldGroupsTest {
    @Test
    void aFindingsFieldOpensTheGroupThatShowsIt() {
        assertThat(MetaFieldGroups.groupId("payload.paragraphs")).isEqualTo("meta-group-payload");
        assertThat(MetaFieldGroups.groupId("image_sources[1]")).isEqualTo("meta-group-image-sources");
        assertThat(MetaFieldGroups.groupId("entities[3].name")).isEqualTo("meta-group-entities");
        assertThat(MetaFieldGroups.groupId("revision.last_reviewed")).isEqualTo("meta-group-revision");
        assertThat(MetaFieldGroups.groupId("code_language")).isEqualTo("meta-group-classification");
        assertThat(MetaFieldGroups.groupId("reading_time")).isEqualTo("meta-group-classification");
        assertThat(MetaFieldGroups.groupId("ai_outline.stack")).isEqualTo("meta-group-ai-outline");
        assertThat(MetaFieldGroups.groupId("hash")).isEqualTo("meta-group-summary");
        assertThat(MetaFieldGroups.groupId("something_new")).isEqualTo("meta-group-other-fields");
    }
}
