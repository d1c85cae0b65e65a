package org.reviewdesk.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.testing.HandClock;
import org.reviewdesk.testing.TempLibrary;

/**
 * A writer edits a post all day in the editor: the history keeps the text as it was opened at the first edit (here
 * as imported), then the text at least every ten minutes of editing, so that the day can be stepped through.
 */
class HistoryAutoRevisionTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();

    @Test
    void editingKeepsTheTextAtTheFirstEditAndThenEveryTenMinutes() throws Exception {
        Post post = new PostSynthesizer(8).post(0);
        Post other = new PostSynthesizer(8).post(1);
        Desk desk = library.with(List.of(post, other));
        HandClock clock = new HandClock("2026-12-04T09:00:00Z");
        desk.edits().autoRevisions().setClock(clock);
        SameThreadExecutor executor = new SameThreadExecutor();
        EditorViewModel editor = new EditorViewModel(new DeskLibraryAccess(desk), executor, executor);
        editor.open(desk.revisions().find(post.reference()).id());

        editor.edit(post.body() + "\nFirst words of the morning.");
        editor.saveNow();
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        editor.edit(post.body() + "\nFirst words of the morning.\nA second thought.");
        editor.saveNow();
        assertThat(desk.revisions().history(post.reference())).as("the first edit keeps the text as opened, once")
                .extracting(RevisionInfo::kind).containsExactly("import");

        clock.now = clock.now.plus(Duration.ofMinutes(7));
        editor.edit(post.body() + "\nFirst words of the morning.\nA second thought.\nLater.");
        editor.saveNow();

        List<RevisionInfo> auto = autoRevisions(desk, post);
        assertThat(auto).hasSize(1);
        assertThat(desk.library().revisions().snapshot(auto.get(0).id()).orElseThrow().body())
                .endsWith("A second thought.");

        editor.open(desk.revisions().find(other.reference()).id());
        editor.open(desk.revisions().find(post.reference()).id());
        editor.edit(post.body() + "\nThe next day.");
        editor.saveNow();
        assertThat(autoRevisions(desk, post)).as("opened again, the first edit keeps the text as opened").hasSize(2);
        assertThat(desk.library().revisions().snapshot(autoRevisions(desk, post).get(0).id()).orElseThrow().body())
                .endsWith("Later.");
    }

    private static List<RevisionInfo> autoRevisions(Desk desk, Post post) {
        return desk.revisions().history(post.reference()).stream().filter(r -> r.kind().equals("auto")).toList();
    }
}
