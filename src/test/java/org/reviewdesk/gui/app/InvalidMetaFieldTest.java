package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * A value typed into the meta form that its field cannot hold is neither saved over the last valid value nor lost:
 * over a real library, across switching posts and a restart.
 */
class InvalidMetaFieldTest {
    @TempDir
    Path folder;

    private final SameThreadExecutor executor = new SameThreadExecutor();

    private DeskViewModel desk(DeskLibraryAccess library) {
        return new DeskViewModel(library, executor, executor, PreviewRenderers.standard());
    }

    private void typingStops() {
        executor.advance(EditorViewModel.AUTOSAVE_DELAY.multipliedBy(2));
    }

    private static Integer storedQuality(DeskLibraryAccess library, long id) {
        return library.open(id).post().meta().score().quality();
    }

    @Test
    void aScoreOutOfRangeKeepsTheLastSavedScoreAndShowsWhatWasTypedAfterSwitchingPostsAndARestart() throws Exception {
        long caching;
        long kafka;
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            caching = library.create(new Post("Caching", "# Caching\n\nStart with the query.",
                    Meta.builder().reference("ref-caching").score(new Score(80, 12, null, null)).build()));
            kafka = library.create(new Post("Kafka", "# Kafka\n\nWatch the lag.", Meta.builder().reference("ref-kafka").build()));
            DeskViewModel desk = desk(library);
            desk.editor().open(caching);

            desk.meta().text("score.quality").set("60");
            typingStops();
            assertThat(storedQuality(library, caching)).isEqualTo(60);
            assertThat(desk.editor().saveStatusProperty().get()).isEqualTo("Saved");

            desk.meta().text("score.quality").set("600");
            typingStops();
            assertThat(storedQuality(library, caching)).as("the last saved score, not the one the post opened with").isEqualTo(60);
            assertThat(desk.editor().saveStatusProperty().get()).isEqualTo("Not saved: 1 field has an error");

            desk.editor().open(kafka);
            assertThat(desk.meta().text("score.quality").get()).isNull();
            desk.editor().open(caching);
            assertThat(desk.meta().text("score.quality").get()).isEqualTo("600");
            assertThat(desk.meta().problems()).extracting(FieldProblem::field).containsExactly("score.quality");
            desk.stop();
        }

        try (DeskLibraryAccess reopened = DeskLibraryAccess.open(folder)) {
            DeskViewModel desk = desk(reopened);
            desk.editor().open(caching);

            assertThat(storedQuality(reopened, caching)).isEqualTo(60);
            assertThat(desk.meta().text("score.quality").get()).isEqualTo("600");
            assertThat(desk.meta().problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("score.quality");
                assertThat(p.message()).contains("from 0 to 100", "'600'");
            });
            assertThat(desk.editor().saveStatusProperty().get()).isEqualTo("Not saved: 1 field has an error");
            assertThat(desk.editor().dirtyProperty().get()).as("nothing waits to be saved").isFalse();

            desk.meta().text("score.quality").set("70");
            typingStops();
            assertThat(storedQuality(reopened, caching)).isEqualTo(70);
            assertThat(reopened.open(caching).drafts().isEmpty()).as("a corrected field leaves no draft").isTrue();
            assertThat(desk.editor().saveStatusProperty().get()).isEqualTo("Saved");
        }
    }

    @Test
    void theStatusCountsEveryFieldThatKeepsADraft() throws Exception {
        try (DeskLibraryAccess library = DeskLibraryAccess.open(folder)) {
            long id = library.create(new Post("Caching", "# Caching", Meta.builder().reference("ref-caching").build()));
            DeskViewModel desk = desk(library);
            desk.editor().open(id);

            desk.meta().text("revision.last_reviewed").set("2022-13-01");
            desk.meta().text("reading_time").set("nine");
            typingStops();

            assertThat(desk.editor().saveStatusProperty().get()).isEqualTo("Not saved: 2 fields have errors");
            assertThat(library.open(id).drafts().byField()).containsExactly(
                    java.util.Map.entry("reading_time", "nine"), java.util.Map.entry("revision.last_reviewed", "2022-13-01"));
            assertThat(desk.editor().savedDraftsProperty().get().first()).as("the first in the form's order")
                    .hasValue("reading_time");
            desk.stop();
        }
    }
}
