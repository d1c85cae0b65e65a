package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.FieldProblem;

/** The version field takes no version below the highest the post has had, and never saves one. */
class VersionFloorTest {
    private final MetaPanelViewModel form = new MetaPanelViewModel();
    private final List<Meta> saved = new ArrayList<>();
    private final List<FieldDrafts> drafts = new ArrayList<>();

    @BeforeEach
    void load() {
        form.load("Caching with Redis", Meta.builder().reference("ref-1")
                .revision(new Revision(ReviewStatus.DRAFTED, SemVer.parse("2.9.1"), LocalDate.of(2022, 1, 6))).build());
        form.setOnEdit((title, meta, fieldDrafts) -> {
            saved.add(meta);
            drafts.add(fieldDrafts);
        });
        form.versionFloor(SemVer.parse("2.9.1"));
    }

    private static SemVer versionOf(Meta meta) {
        return meta.revisionOrEmpty().version();
    }

    @Test
    void aLowerVersionIsAProblemKeptAsADraftWhileTheSavedOneStays() {
        form.text("revision.version").set("2.1.0");

        assertThat(form.problems()).extracting(FieldProblem::field).containsExactly("revision.version");
        assertThat(form.problems().get(0).message()).contains("2.9.1 or later", "versions only go up", "'2.1.0'");
        assertThat(versionOf(saved.get(saved.size() - 1))).isEqualTo(SemVer.parse("2.9.1"));
        assertThat(drafts.get(drafts.size() - 1).byField()).containsEntry("revision.version", "2.1.0");
    }

    @Test
    void aHigherOrTheSameVersionIsSaved() {
        form.text("revision.version").set("2.10.0");
        assertThat(form.problems()).isEmpty();
        assertThat(versionOf(saved.get(saved.size() - 1))).isEqualTo(SemVer.parse("2.10.0"));
        assertThat(drafts.get(drafts.size() - 1).byField()).doesNotContainKey("revision.version");

        form.text("revision.version").set("2.9.1");
        assertThat(form.problems()).isEmpty();
        assertThat(versionOf(saved.get(saved.size() - 1))).isEqualTo(SemVer.parse("2.9.1"));
    }

    @Test
    void anotherPostOpenedHasNoFloorUntilTheLibraryAnswers() {
        form.load("Another post", Meta.builder().reference("ref-2")
                .revision(new Revision(ReviewStatus.DRAFTED, SemVer.parse("0.3.0"), null)).build());
        form.text("revision.version").set("0.2.0");
        assertThat(form.problems()).isEmpty();

        form.versionFloor(SemVer.parse("0.3.0"));
        assertThat(form.problems()).extracting(FieldProblem::field).containsExactly("revision.version");
    }
}
