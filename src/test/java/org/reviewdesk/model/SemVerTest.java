package org.reviewdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemVerTest {

    @ParameterizedTest
    @CsvSource({
            "1.7.3, PATCH, 1.7.4", "1.7.3, MINOR, 1.8.0", "1.7.3, MAJOR, 2.0.0",
            "2.0.0-rc.1, PATCH, 2.0.0", "2.0.0-rc.1, MINOR, 2.0.0", "2.0.0-rc.1, MAJOR, 2.0.0",
            "2.1.0-beta, MINOR, 2.1.0", "2.1.0-beta, MAJOR, 3.0.0", "2.1.3-alpha.2, PATCH, 2.1.3",
            "2.1.3-alpha.2, MINOR, 2.2.0", "0.0.0, PATCH, 0.0.1", "1.2.3+build.7, PATCH, 1.2.4"})
    void bumpsFollowSemverAndFinishPreReleases(String from, SemVer.Bump kind, String expected) {
        assertThat(SemVer.parse(from).bump(kind)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.2.3-", "1.2.3-01", "", "one.two.three", "1.2.3-rc..1"})
    void rejectsWhatIsNotSemantic(String text) {
        assertThat(SemVer.isValid(text)).isFalse();
        assertThatThrownBy(() -> SemVer.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MAJOR.MINOR.PATCH");
    }

    @Test
    void keepsPreReleaseAndBuildAsWritten() {
        SemVer v = SemVer.parse("2.0.0-rc.1+exp.sha.5114f85");
        assertThat(v.preRelease()).containsExactly("rc", "1");
        assertThat(v.build()).containsExactly("exp", "sha", "5114f85");
        assertThat(v).hasToString("2.0.0-rc.1+exp.sha.5114f85");
    }

    @Test
    void ordersByPrecedenceAndTheSortKeyAgrees() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0-rc.2",
                "2.0.0-rc.10", "2.0.0", "10.0.0");
        List<SemVer> shuffled = new ArrayList<>(ordered.stream().map(SemVer::parse).toList());
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(shuffled.stream().sorted().map(SemVer::toString)).containsExactlyElementsOf(ordered);
        assertThat(shuffled.stream().sorted(java.util.Comparator.comparing(SemVer::sortKey)).map(SemVer::toString))
                .containsExactlyElementsOf(ordered);
    }

    @Test
    void theSortKeyIsWrittenAsLibrariesStoredItAlready() {
        assertThat(SemVer.parse("1.20.3").sortKey()).isEqualTo("0000000001.0000000020.0000000003~");
        assertThat(SemVer.parse("2147483647.0.0-alpha.7.0").sortKey())
                .isEqualTo("2147483647.0000000000.0000000000-1alpha-00000000007-00000000000");
        assertThat(SemVer.parse("0.1.0-12345678901").sortKey()).isEqualTo("0000000000.0000000001.0000000000-012345678901");
    }

    @Test
    void statusAndDifficultyKeepUnknownValuesAsWritten() {
        assertThat(ReviewStatus.of("drafted")).isSameAs(ReviewStatus.DRAFTED);
        assertThat(ReviewStatus.of("Needs Legal")).satisfies(s -> {
            assertThat(s.isKnown()).isFalse();
            assertThat(s.value()).isEqualTo("Needs Legal");
        });
        assertThat(Difficulty.of("expert").value()).isEqualTo("expert");
        assertThat(Difficulty.of("beginner").isKnown()).isTrue();
    }
}
