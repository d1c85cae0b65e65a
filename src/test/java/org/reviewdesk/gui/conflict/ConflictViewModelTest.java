package org.reviewdesk.gui.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.SaveConflict;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.EditedPost;

/**
 * The editor's save loses the race to another desk on the same library folder: the conflict is handed on, with the
 * version the editor read as the common revision, and each choice ends with the editor showing what is stored.
 */
class ConflictViewModelTest {
    private static final String BODY = "# Caching\n\nCache the query.\n\nMeasure the hit rate.\n\nThe end.";

    @TempDir
    Path dir;
    private Desk other;
    private DeskLibraryAccess library;
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private EditorViewModel editor;
    private final List<ConflictViewModel> conflicts = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private long id;

    @BeforeEach
    void editorAndAnotherWriterOpenOnePost() throws Exception {
        library = DeskLibraryAccess.open(dir);
        other = Desk.open(dir);
        id = library.create(new Post("Caching", BODY, Meta.builder().reference("c-1").topic("caching").build()));
        editor = new EditorViewModel(library, executor, executor);
        editor.onConflictProperty().set(conflicts::add);
        editor.onNoticeProperty().set(notices::add);
        editor.open(id);
    }

    @AfterEach
    void close() {
        other.close();
        library.close();
    }

    /** The other writer changes {@code from} to {@code to} and saves; then the editor's edit is saved and refused. */
    private ConflictViewModel refusedAfterTheirSave(String from, String to, String mine) throws Exception {
        EditedPost read = other.edits().open(id);
        other.edits().save(id, read.rowVersion(), read.post().withBody(BODY.replace(from, to)), FieldDrafts.NONE);
        editor.edit(mine);
        editor.saveNow();
        assertThat(conflicts).hasSize(1);
        ConflictViewModel vm = conflicts.get(0);
        vm.compare();
        return vm;
    }

    @Test
    void theRefusedSaveIsHandedOnWithTheVersionTheEditorRead() throws Exception {
        ConflictViewModel vm = refusedAfterTheirSave("The end.", "The end, theirs.", BODY.replace("Cache the query.", "Cache it."));

        SaveConflict c = vm.conflictProperty().get();
        assertThat(c.base().post().body()).isEqualTo(BODY);
        assertThat(c.theirs().post().body()).contains("The end, theirs.");
        assertThat(vm.comparisonProperty().get().mine().body()).anyMatch(l -> "Cache it.".equals(l.right()));
        assertThat(vm.comparisonProperty().get().theirs().body()).anyMatch(l -> "The end, theirs.".equals(l.right()));
        assertThat(editor.saveStateProperty().get().label()).isEqualTo("Saving\u2026");
    }

    @Test
    void mergeTakesBothAndTheEditorShowsIt() throws Exception {
        ConflictViewModel vm = refusedAfterTheirSave("The end.", "The end, theirs.", BODY.replace("Cache the query.", "Cache it."));
        assertThat(vm.canMergeProperty().get()).isTrue();

        vm.merge();

        assertThat(other.posts().byReference("c-1").post().body()).contains("Cache it.").contains("The end, theirs.");
        assertThat(editor.textProperty().get()).contains("Cache it.").contains("The end, theirs.");
        assertThat(vm.doneProperty().get()).as("the dialog closes").isTrue();
        assertThat(notices).singleElement().asString().contains("saved with their changes and yours");
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void overlappingChangesDisableMergeAndSayWhere() throws Exception {
        ConflictViewModel vm = refusedAfterTheirSave("Cache the query.", "Cache every query.", BODY.replace("Cache the query.", "Cache it."));

        assertThat(vm.canMergeProperty().get()).isFalse();
        assertThat(vm.mergeNoteProperty().get()).contains("line 3").contains("Cache the query.");
    }

    @Test
    void takeTheirsShowsTheirsAndSaysWhereMineIs() throws Exception {
        ConflictViewModel vm = refusedAfterTheirSave("Cache the query.", "Cache every query.", BODY.replace("Cache the query.", "Cache it."));

        vm.takeTheirs();

        assertThat(editor.textProperty().get()).contains("Cache every query.").doesNotContain("Cache it.");
        assertThat(notices).singleElement().asString().contains("Yours is kept in its history");
        assertThat(other.revisions().history("c-1")).anyMatch(r -> r.kind().equals("conflict"));
    }

    @Test
    void keepMineWhenTheyHaveSavedAgainShowsTheirNewestInstead() throws Exception {
        ConflictViewModel vm = refusedAfterTheirSave("The end.", "The end, theirs.", BODY.replace("Cache the query.", "Cache it."));
        EditedPost again = other.edits().open(id);
        other.edits().save(id, again.rowVersion(), again.post().withTitle("Caching, again"), FieldDrafts.NONE);

        vm.keepMine();

        assertThat(vm.messageProperty().get()).contains("They saved again");
        assertThat(vm.conflictProperty().get().theirs().post().title()).isEqualTo("Caching, again");
        assertThat(other.posts().byReference("c-1").post().body()).doesNotContain("Cache it.");

        vm.keepMine();

        assertThat(other.posts().byReference("c-1").post().body()).contains("Cache it.").doesNotContain("theirs");
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void mergeWaitsForTheComparisonWithTheirNewestVersionAfterTheySavedAgain() throws Exception {
        refusedAfterTheirSave("The end.", "The end, theirs.", BODY.replace("Cache the query.", "Cache it."));
        org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
        List<String> settled = new ArrayList<>();
        ConflictViewModel vm = new ConflictViewModel(library.conflicts().orElseThrow(), slow,
                conflicts.get(0).conflictProperty().get(), (post, notice) -> settled.add(notice));
        vm.compare();
        slow.runNext();
        assertThat(vm.canMergeProperty().get()).isTrue();
        EditedPost again = other.edits().open(id);
        other.edits().save(id, again.rowVersion(), again.post().withBody(again.post().body() + "\n\nTheir newest line."),
                FieldDrafts.NONE);

        vm.merge();
        slow.runNext();
        assertThat(vm.messageProperty().get()).contains("They saved again");

        assertThat(vm.canMergeProperty().get()).as("before their newest version is compared").isFalse();
        vm.merge();
        assertThat(slow.waiting()).as("no merge is asked for; only the new comparison waits").isEqualTo(1);
        slow.runNext();
        assertThat(vm.canMergeProperty().get()).isTrue();
        vm.merge();
        slow.runNext();
        assertThat(other.posts().byReference("c-1").post().body())
                .contains("Cache it.").contains("The end, theirs.").contains("Their newest line.");
        assertThat(settled).hasSize(1);
    }
}
