package org.reviewdesk.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;

import org.junit.jupiter.api.Test;

/** The lists of a body, as the lists-of-three check and the readability count see them. */
class BodyListsTest {

    @Test
    void recordsEachListWithItsItemsAndWhetherTheyAreCodeAlone() {
        String body = md("Intro.", "", "- `user_id`", "- `created_at`,", "", "Text.", "", "1. Roll back", "2. Read `the` logs",
                "   - nested one", "   - nested two", "", "```", "- not a list", "```");
        BodyStructure s = BodyStructure.of(body);
        assertThat(s.lists()).hasSize(3);
        BodyStructure.ListBlock ids = s.lists().get(0);
        assertThat(ids.line()).isEqualTo(3);
        assertThat(ids.items()).extracting(BodyStructure.ListEntry::text).containsExactly("user_id", "created_at,");
        assertThat(ids.items()).allMatch(BodyStructure.ListEntry::codeOnly);
        assertThat(body.substring(ids.start(), ids.end())).startsWith("- `user_id`").endsWith("`created_at`,");
        assertThat(ProseReadability.isOfIdentifiers(ids)).isTrue();
        BodyStructure.ListBlock steps = s.lists().get(1);
        assertThat(steps.items()).hasSize(2).noneMatch(BodyStructure.ListEntry::codeOnly);
        assertThat(ProseReadability.isOfIdentifiers(steps)).isFalse();
        assertThat(s.lists().get(2).items()).extracting(BodyStructure.ListEntry::text).containsExactly("nested one", "nested two");
    }

    @Test
    void aListOfIdentifierWordsIsNotProse() {
        assertThat(ProseReadability.isIdentifier("getUser()")).isTrue();
        assertThat(ProseReadability.isIdentifier("maxRetries")).isTrue();
        assertThat(ProseReadability.isIdentifier("src/main")).isTrue();
        assertThat(ProseReadability.isIdentifier("Kubernetes")).isFalse();
        assertThat(ProseReadability.isIdentifier("read the logs")).isFalse();
    }
}
