package org.reviewdesk.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A writer opens the history, picks the version before their edit and sees the line they added, marked. */
@ExtendWith(ApplicationExtension.class)
class HistoryDialogTest {
    @TempDir
    Path dir;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor(1);

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdown();
    }

    @Test
    void anOlderVersionShowsTheLinesWrittenSinceAndTheCurrentVersion(FxRobot robot) throws Exception {
        try (Desk desk = Desk.open(dir)) {
            Post post = new PostSynthesizer(8).post(0);
            desk.library().posts().importPost(post, false);
            String ref = post.reference();
            String first = post.meta().revision().version().toString();
            desk.revisions().bump(ref, SemVer.Bump.PATCH, "first review");
            StoredPost stored = desk.revisions().find(ref);
            desk.library().posts().save(stored.id(), stored.rowVersion(),
                    stored.post().withBody(post.body() + "\n\nOne more line, written by hand."));
            String bumped = desk.revisions().bump(ref, SemVer.Bump.MINOR, "added a closing line").post().meta()
                    .revision().version().toString();

            HistoryViewModel vm = new HistoryViewModel(desk.revisions(), executor, ref);
            robot.interact(() -> new HistoryDialog(null, vm, post.title(), () -> { }, List.of()).show());
            @SuppressWarnings("unchecked")
            ListView<RevisionInfo> list = robot.lookup(".list-view").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() >= 2);
            assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Current version:"))
                    .queryAs(Label.class).getText()).isEqualTo("Current version: " + bumped);

            int older = list.getItems().stream().map(RevisionInfo::version).toList().indexOf(first);
            robot.interact(() -> list.getSelectionModel().clearAndSelect(older));

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(".diff-added").queryAllAs(Text.class).stream()
                            .anyMatch(t -> t.getText().contains("written by hand")));
            assertThat(robot.lookup(".diff-path").queryAllAs(Text.class)).extracting(Text::getText)
                    .contains("revision.version");
            robot.interact(() -> robot.lookup(".list-view").query().getScene().getWindow().hide());
            executor.awaitQuiet(java.time.Duration.ofSeconds(10));
        }
    }

    @Test
    void theDialogOpensOnWhatChangedSinceTheImportAndTakesALineBack(FxRobot robot) throws Exception {
        try (Desk desk = Desk.open(dir)) {
            Post post = new PostSynthesizer(8).post(0);
            desk.library().posts().importPost(post, false);
            StoredPost stored = desk.revisions().find(post.reference());
            desk.library().posts().save(stored.id(), stored.rowVersion(),
                    stored.post().withBody(post.body() + "\n\nOne more line, written by hand."));

            HistoryViewModel vm = new HistoryViewModel(desk.revisions(), executor, post.reference());
            robot.interact(() -> new HistoryDialog(null, vm, post.title(), () -> { }, List.of()).show());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(".diff-added").queryAllAs(Text.class).stream()
                            .anyMatch(t -> t.getText().contains("written by hand")));
            @SuppressWarnings("unchecked")
            ListView<RevisionInfo> list = robot.lookup(".list-view").queryAs(ListView.class);
            assertThat(list.getSelectionModel().getSelectedItems()).extracting(RevisionInfo::kind).containsExactly("import");

            robot.clickOn(robot.lookup(".take-back").queryAs(Button.class));

            // The take-back, and under it the hand-written line no revision held yet, kept before it was taken back.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 3
                    && robot.lookup(".diff-added").queryAll().isEmpty());
            assertThat(desk.revisions().find(post.reference()).post().body()).isEqualTo(post.body());
            assertThat(list.getItems()).extracting(RevisionInfo::kind).containsExactly("take-back", "kept", "import");
            robot.interact(() -> list.getScene().getWindow().hide());
            executor.awaitQuiet(java.time.Duration.ofSeconds(10));
        }
    }
}
