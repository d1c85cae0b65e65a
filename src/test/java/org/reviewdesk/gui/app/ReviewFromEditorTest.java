package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Reviewing from the editor: Ctrl+Enter goes to the next post of the queue; Ctrl+Shift+Enter marks and goes on. */
@ExtendWith(ApplicationExtension.class)
class ReviewFromEditorTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void theNextPostOfTheQueueOpensAndMarkAndNextMarksTheOneLeft(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        Desk desk = library.opened().join();
        List<Post> posts = sixPosts(desk);
        List<PostSummary> order = firstOfQueueOpen(robot, library);

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> deskWindow.model().editor().openPostId() == order.get(1).id());
        assertThat(status(desk, order.get(0))).as("Next alone marks nothing").isEqualTo(statusBefore(posts, order.get(0)));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> deskWindow.model().editor().openPostId() == order.get(2).id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(desk, order.get(1)) == ReviewStatus.REVIEWED);
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    @Test
    void aPostEditedInTheEditorIsMarkedReviewedAsTheEditorSavedIt(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        Desk desk = library.opened().join();
        sixPosts(desk);
        PostSummary first = firstOfQueueOpen(robot, library).get(0);
        var editor = deskWindow.model().editor();

        // An edit the queue never showed: its save gives the post a new row version.
        robot.interact(() -> editor.edit(editor.textProperty().get().replaceFirst("\\s*$", "") + " Checked by hand.\n"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(desk, first) == ReviewStatus.REVIEWED);
        assertThat(desk.posts().byReference(first.reference()).post().body()).contains("Checked by hand.");
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    private static List<Post> sixPosts(Desk desk) {
        PostSynthesizer synth = new PostSynthesizer(9, SynthProfile.CONSISTENT);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) posts.add(synth.post(i));
        desk.library().posts().importPosts(posts, false);
        return posts;
    }

    /** The window on the queue, its first post opened in the editor from there; the queue's rows, in order. */
    private List<PostSummary> firstOfQueueOpen(FxRobot robot, DeskLibraryAccess library) throws Exception {
        DeskWindow window = deskWindow.show(library);
        robot.interact(window::showQueue);
        var table = window.queue().table();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 3);
        List<PostSummary> order = List.copyOf(table.getItems());
        robot.interact(() -> deskWindow.model().queue().open(order.get(0).id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> deskWindow.model().editor().openPostId() == order.get(0).id());
        return order;
    }

    private static ReviewStatus status(Desk desk, PostSummary row) {
        return desk.posts().byReference(row.reference()).post().meta().revisionOrEmpty().status();
    }

    private static ReviewStatus statusBefore(List<Post> posts, PostSummary row) {
        return posts.stream().filter(p -> p.reference().equals(row.reference())).findFirst().orElseThrow()
                .meta().revisionOrEmpty().status();
    }
}
