package org.reviewdesk.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.RevisionDiff;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.synth.PostSynthesizer;

/** A writer bumps a version with a note, sees what changed, and restores the older text as a new revision. */
class HistoryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void bumpCompareAndRestore() throws Exception {
        try (Desk desk = Desk.open(dir)) {
            Post post = new PostSynthesizer(8).post(0);
            desk.library().posts().importPost(post, false);
            String ref = post.reference();
            String first = post.meta().revision().version().toString();
            StoredPost stored = desk.revisions().find(ref);
            desk.library().posts().save(stored.id(), stored.rowVersion(), stored.post().withBody(post.body() + "\n\nOne more line, written by hand."));

            HistoryViewModel vm = new HistoryViewModel(desk.revisions(), new SameThreadExecutor(), ref);
            String[] bumped = new String[1];
            vm.bump(SemVer.Bump.MINOR, "added a closing line", v -> bumped[0] = v);
            assertThat(bumped[0]).isEqualTo(post.meta().revision().version().bumpMinor().toString());
            assertThat(vm.history()).extracting(r -> r.note()).contains("added a closing line");
            assertThat(vm.currentVersionProperty().get()).isEqualTo(bumped[0]);

            vm.compare(first, bumped[0]);
            RevisionDiff diff = vm.diffProperty().get();
            assertThat(diff.fields()).anySatisfy(f -> assertThat(f.path()).isEqualTo("revision.version"));
            assertThat(diff.body()).anySatisfy(l -> {
                assertThat(l.kind()).isEqualTo(RevisionDiff.LineKind.ADDED);
                assertThat(l.right()).contains("written by hand");
            });

            vm.restore(vm.history().stream().filter(r -> first.equals(r.version())).findFirst().orElseThrow(), v -> { });
            assertThat(desk.revisions().find(ref).post().body()).isEqualTo(post.body());
            assertThat(vm.messageProperty().get()).contains("nothing was overwritten");
            assertThat(vm.history()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    /** The revision selected is the one restored: two may share a version, and an auto or kept one has none. */
    @Test
    void theSelectedRevisionIsRestoredEvenWhenItsVersionIsSharedOrMissing() throws Exception {
        try (Desk desk = Desk.open(dir)) {
            Post post = new PostSynthesizer(8).post(2);
            desk.library().posts().importPost(post, false);
            String ref = post.reference();
            StoredPost stored = desk.revisions().find(ref);
            desk.library().posts().save(stored.id(), stored.rowVersion(), stored.post().withBody("Second text, same version."));
            desk.library().revisions().keep(stored.id(), "auto", "kept while editing");
            stored = desk.revisions().find(ref);
            desk.library().posts().save(stored.id(), stored.rowVersion(), stored.post().withBody("Third text."));

            HistoryViewModel vm = new HistoryViewModel(desk.revisions(), new SameThreadExecutor(), ref);
            vm.refresh();
            var auto = vm.history().stream().filter(r -> r.kind().equals("auto")).findFirst().orElseThrow();
            vm.restore(auto, v -> { });
            assertThat(vm.messageProperty().get()).startsWith("Restored ").contains("nothing was overwritten");
            assertThat(desk.revisions().find(ref).post().body()).isEqualTo("Second text, same version.");

            var imported = vm.history().stream().filter(r -> r.kind().equals("import")).findFirst().orElseThrow();
            vm.restore(imported, v -> { });
            assertThat(desk.revisions().find(ref).post().body()).isEqualTo(post.body());
        }
    }

    @Test
    void comparingWithNowSaysWhichCommentsWereOpenThenAndAreNow() throws Exception {
        try (Desk desk = Desk.open(dir)) {
            Post post = new PostSynthesizer(8).post(1);
            desk.library().posts().importPost(post, false);
            String ref = post.reference();
            String word = post.body().substring(0, post.body().indexOf(' '));
            var first = desk.comments().addOnQuote(ref, word, 1, "Is this the right opening?");
            desk.comments().addOnQuote(ref, word, 1, "And this one?");
            desk.revisions().bump(ref, SemVer.Bump.PATCH, "two comments open");
            desk.comments().resolve(first.id());

            HistoryViewModel vm = new HistoryViewModel(desk.revisions(), new SameThreadExecutor(), ref);
            vm.refresh();
            vm.compareWithCurrent(vm.history().get(0).id());

            assertThat(vm.commentsProperty().get()).isEqualTo("comments at " + vm.history().get(0).version()
                    + ": 2 open, 0 resolved \u00b7 now: 1 open, 1 resolved");
        }
    }
}
