package org.reviewdesk.gui.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.library.SaveConflict;
import org.reviewdesk.gui.library.StaleSaveException;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** An editor whose save was refused reads both versions' changes and picks one of the three ways out with the mouse. */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {
    private static final String BODY = "# Caching\n\nCache the query.\n\nMeasure the hit rate.\n\nThe end.";

    @TempDir
    Path dir;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor(1);
    private final AtomicReference<OpenedPost> settled = new AtomicReference<>();
    private final AtomicReference<String> notice = new AtomicReference<>();
    private DeskLibraryAccess library;

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdown();
        if (library != null) library.close();
    }

    /** The post as read, theirs saved with {@code theirChange} applied, and mine refused: the dialog over them. */
    private ConflictDialog dialog(FxRobot robot, String from, String theirs, String mine) throws Exception {
        library = DeskLibraryAccess.open(dir);
        long id = library.create(new Post("Caching", BODY, Meta.builder().reference("c-1").topic("caching").build()));
        OpenedPost read = library.open(id);
        OpenedPost stored = library.save(id, read.rowVersion(), read.post().withBody(BODY.replace(from, theirs)), FieldDrafts.NONE);
        Post myPost = read.post().withBody(BODY.replace("Cache the query.", mine))
                .withMeta(read.post().meta().toBuilder().topic("caching in practice").build());
        try {
            library.save(id, read.rowVersion(), myPost, FieldDrafts.NONE);
            throw new AssertionError("the second save was not refused");
        } catch (StaleSaveException expected) {
            assertThat(expected.current().rowVersion()).isEqualTo(stored.rowVersion());
        }
        SaveConflict conflict = new SaveConflict(read, myPost, FieldDrafts.NONE, stored);
        AtomicReference<ConflictDialog> shown = new AtomicReference<>();
        ConflictViewModel vm = new ConflictViewModel(library.conflicts().orElseThrow(), executor, conflict, (post, said) -> {
            settled.set(post);
            notice.set(said);
            shown.get().close();
        });
        robot.interact(() -> {
            shown.set(new ConflictDialog(null, vm, List.of()));
            shown.get().show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#conflict-merge-note").queryAs(Label.class)
                .getText().isEmpty());
        return shown.get();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Button b) -> text.equals(b.getText())).queryAs(Button.class);
    }

    private static List<String> marked(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    @Test
    void bothSidesShowTheirChangesAndMergeSavesBoth(FxRobot robot) throws Exception {
        dialog(robot, "The end.", "The end, theirs.", "Cache it.");

        assertThat(marked(robot, "diff-added")).contains("it", ", theirs", "caching in practice");
        assertThat(marked(robot, "diff-path")).contains("topic");
        robot.clickOn(button(robot, ConflictDialog.MERGE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settled.get() != null);

        assertThat(settled.get().post().body()).contains("Cache it.").contains("The end, theirs.");
        assertThat(settled.get().post().meta().topic()).isEqualTo("caching in practice");
        assertThat(robot.lookup("#conflict-merge-note").tryQuery()).isEmpty();
    }

    @Test
    void overlappingChangesLeaveMergeOffAndTakeTheirsKeepsMineInTheHistory(FxRobot robot) throws Exception {
        dialog(robot, "Cache the query.", "Cache every query.", "Cache it.");

        assertThat(button(robot, ConflictDialog.MERGE).isDisabled()).isTrue();
        assertThat(robot.lookup("#conflict-merge-note").queryAs(Label.class).getText())
                .contains("you both changed the body, line 3");
        robot.clickOn(button(robot, ConflictDialog.TAKE_THEIRS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settled.get() != null);

        assertThat(settled.get().post().body()).contains("Cache every query.").doesNotContain("Cache it.");
        assertThat(notice.get()).contains("Yours is kept in its history");
        assertThat(library.revisions().orElseThrow().history("c-1")).anyMatch(r -> r.kind().equals("conflict"));
    }

    @Test
    void keepMineSavesMineOverTheirs(FxRobot robot) throws Exception {
        dialog(robot, "Cache the query.", "Cache every query.", "Cache it.");

        robot.clickOn(button(robot, ConflictDialog.KEEP_MINE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settled.get() != null);

        assertThat(library.open(settled.get().id()).post().body()).contains("Cache it.").doesNotContain("every");
        assertThat(notice.get()).contains("theirs is kept in its history");
    }
}
