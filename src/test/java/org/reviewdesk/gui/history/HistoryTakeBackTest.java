package org.reviewdesk.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.RevisionDiff;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.testing.TempLibrary;

/**
 * A writer opens the history of a post they edited, sees the imported text compared with theirs, and takes back one
 * of their changes or one field, each as a new revision; a take-back over a post changed meanwhile is refused.
 */
class HistoryTakeBackTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();

    private Post imported;
    private Desk desk;

    private HistoryViewModel editedPostHistory() throws Exception {
        imported = new PostSynthesizer(8).post(0);
        desk = library.with(List.of(imported));
        StoredPost stored = desk.revisions().find(imported.reference());
        List<String> lines = new java.util.ArrayList<>(List.of(imported.body().split("\n", -1)));
        lines.set(0, lines.get(0) + " A first edit.");
        lines.add("A closing line, written by hand.");
        Post edited = stored.post().withBody(String.join("\n", lines)).withTitle("A title of my own")
                .withMeta(stored.post().meta().toBuilder().difficulty(otherDifficulty()).build());
        desk.library().posts().save(stored.id(), stored.rowVersion(), edited);
        HistoryViewModel vm = new HistoryViewModel(desk.revisions(), new SameThreadExecutor(), imported.reference());
        vm.refresh();
        return vm;
    }

    private Difficulty otherDifficulty() {
        return Difficulty.ADVANCED.equals(imported.meta().difficulty()) ? Difficulty.BEGINNER : Difficulty.ADVANCED;
    }

    @Test
    void theHistoryOpensOnTheNewestRevisionComparedWithNow() throws Exception {
        HistoryViewModel vm = editedPostHistory();

        assertThat(vm.history()).hasSize(1);
        assertThat(vm.comparedRevisionProperty().get()).isEqualTo(vm.history().get(0).id());
        assertThat(vm.withCurrentProperty().get()).isTrue();
        RevisionDiff diff = vm.diffProperty().get();
        assertThat(diff.toVersion()).isEqualTo(HistoryViewModel.CURRENT);
        assertThat(diff.hunks()).hasSize(2);
        assertThat(diff.body()).anySatisfy(l -> assertThat(l.right()).contains("written by hand"));
        RevisionDiff.Line edited = diff.body().stream().filter(l -> l.kind() == RevisionDiff.LineKind.CHANGED)
                .findFirst().orElseThrow();
        assertThat(edited.rightWords()).as("only the words added to the line are marked").singleElement()
                .satisfies(r -> assertThat(edited.right().substring(r.start(), r.end()).strip()).isEqualTo("A first edit."));
        assertThat(diff.fields()).extracting(RevisionDiff.FieldChange::path).contains("title", "difficulty");
    }

    @Test
    void takingBackOneChangeKeepsTheOtherAndMakesARevision() throws Exception {
        HistoryViewModel vm = editedPostHistory();
        long compared = vm.comparedRevisionProperty().get();

        vm.takeBack(1, () -> { });

        Post now = desk.revisions().find(imported.reference()).post();
        assertThat(now.body()).doesNotContain("written by hand").contains("A first edit.");
        RevisionInfo newest = vm.history().get(0);
        assertThat(newest.kind()).isEqualTo("take-back");
        assertThat(newest.note()).contains("change 2").contains(imported.meta().revision().version().toString());
        RevisionInfo kept = vm.history().get(1);
        assertThat(kept.kind()).as("the edits no revision held are kept before the take-back").isEqualTo("kept");
        assertThat(desk.library().revisions().snapshot(kept.id()).orElseThrow().body()).contains("written by hand");
        assertThat(vm.diffProperty().get().hunks()).hasSize(1);
        assertThat(vm.comparedRevisionProperty().get()).isEqualTo(compared);
    }

    @Test
    void takingBackOneFieldLeavesTheOthers() throws Exception {
        HistoryViewModel vm = editedPostHistory();

        vm.takeBackField("difficulty", () -> { });

        Post now = desk.revisions().find(imported.reference()).post();
        assertThat(now.meta().difficulty()).isEqualTo(imported.meta().difficulty());
        assertThat(now.title()).isEqualTo("A title of my own");
        assertThat(vm.history().get(0).note()).startsWith("difficulty taken back from");
        assertThat(vm.diffProperty().get().fields()).extracting(RevisionDiff.FieldChange::path)
                .contains("title").doesNotContain("difficulty");
    }

    @Test
    void aTakeBackOverAPostChangedMeanwhileIsRefused() throws Exception {
        HistoryViewModel vm = editedPostHistory();
        StoredPost stored = desk.revisions().find(imported.reference());
        desk.library().posts().save(stored.id(), stored.rowVersion(), stored.post().withBody(stored.post().body() + "\nMore."));

        desk.revisions().bump(imported.reference(), org.reviewdesk.model.SemVer.Bump.MINOR, "bumped elsewhere");

        vm.takeBack(0, () -> { });

        assertThat(desk.revisions().find(imported.reference()).post().body()).contains("A first edit.");
        assertThat(vm.messageProperty().get()).contains("Nothing was taken back: the post was saved elsewhere");
        assertThat(vm.history()).extracting(RevisionInfo::kind).doesNotContain("take-back");
        // Read again, as a retry needs: the bump made elsewhere is listed, and the comparison is of the post as it is.
        assertThat(vm.history()).extracting(RevisionInfo::note).contains("bumped elsewhere");
        assertThat(vm.diffProperty().get().body()).anySatisfy(l -> assertThat(l.right()).contains("More."));
        vm.takeBack(0, () -> { });
        assertThat(vm.history()).extracting(RevisionInfo::kind).contains("take-back");
    }
}
