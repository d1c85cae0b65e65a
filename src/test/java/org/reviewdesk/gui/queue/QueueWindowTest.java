package org.reviewdesk.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.synth.PostSynthesizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A lead in the queue: moves the slider, selects several posts, marks them reviewed and sees the counts change. */
@ExtendWith(ApplicationExtension.class)
class QueueWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void markingSelectedPostsReviewedChangesTheCounts(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        PostSynthesizer synth = new PostSynthesizer(5);
        java.util.List<Post> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) posts.add(synth.post(i));
        java.util.List<Path> files = new java.util.ArrayList<>();
        Path in = java.nio.file.Files.createDirectories(folder.resolve("in"));
        for (int i = 0; i < posts.size(); i++) {
            Path f = in.resolve("p" + i + ".json");
            java.nio.file.Files.writeString(f, new org.reviewdesk.formats.json.JsonPostWriter().write(posts.get(i)));
            files.add(f);
        }
        library.importFiles(java.util.List.of(in), (d, t) -> { });
        DeskWindow[] window = {deskWindow.show(library)};
        robot.interact(() -> {
            window[0].showQueue();
        });
        Label counts = robot.lookup("#queue-counts").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counts.getText().contains("need review"));
        String before = counts.getText();

        Slider slider = robot.lookup("#queue-threshold").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(20));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !counts.getText().equals(before));
        assertThat(counts.getText()).contains("stale");
        String atTwenty = counts.getText();

        var table = window[0].queue().table();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 3);
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        assertThat(table.getItems().subList(0, 3)).allSatisfy(r -> assertThat(r.needsHumanReview()).isTrue());
        // The rows that need review are marked (the warning stripe of the stylesheet's :needs-review rule), the others not.
        var rows = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class);
        var marked = javafx.css.PseudoClass.getPseudoClass("needs-review");
        assertThat(rows).filteredOn(r -> r.getItem() != null).isNotEmpty().allSatisfy(r -> assertThat(
                r.getPseudoClassStates().contains(marked)).isEqualTo(((PostSummary) r.getItem()).needsHumanReview()));
        // What the user sees: the title cell of such a row has the stripe, a 3-pixel left border; the others none.
        assertThat(rows).filteredOn(r -> r.getItem() != null).allSatisfy(r -> {
            var cell = (javafx.scene.layout.Region) r.lookup(".title-column");
            double left = cell.getBorder() == null || cell.getBorder().getStrokes().isEmpty() ? 0
                    : cell.getBorder().getStrokes().get(0).getWidths().getLeft();
            assertThat(left).as("stripe of %s", ((PostSummary) r.getItem()).reference())
                    .isEqualTo(((PostSummary) r.getItem()).needsHumanReview() ? 3.0 : 0.0);
        });
        robot.clickOn("Mark reviewed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !counts.getText().equals(atTwenty));
        int needBefore = Integer.parseInt(atTwenty.split(" need review")[0].replace(",", "").strip());
        int needAfter = Integer.parseInt(counts.getText().split(" need review")[0].replace(",", "").strip());
        assertThat(needAfter).isEqualTo(needBefore - 3);

        // The focus is where the click left it, on the button: Ctrl+Z, as the message says, undoes from there too.
        assertThat(table.getScene().getFocusOwner()).isInstanceOf(javafx.scene.control.Button.class);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counts.getText().equals(atTwenty));
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    @Test
    void rOnAPostShortOfTheChecklistShowsWhyAndMarksItAnywayOnlyWithAReason(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        org.reviewdesk.service.Desk desk = library.opened().join();
        PostSynthesizer synth = new PostSynthesizer(5, org.reviewdesk.synth.SynthProfile.CONSISTENT);
        java.util.List<Post> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) posts.add(synth.post(i));
        desk.library().posts().importPosts(posts, false);
        desk.reviews().addChecklistItem("Code run");
        DeskWindow[] window = {deskWindow.show(library)};
        robot.interact(() -> {
            window[0].showQueue();
        });
        var table = window[0].queue().table();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        PostSummary first = table.getItems().get(0);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.requestFocus();
        });

        robot.push(KeyCode.R);

        // The dialog is in the scene graph before it is shown: wait until the reason field can be clicked.
        // The same visibility test the robot's click makes (the node and every parent visible, its window showing).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#review-override-reason")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        javafx.scene.control.TextArea reasons = robot.lookup("#review-refusal-reasons").queryAs(javafx.scene.control.TextArea.class);
        assertThat(reasons.getText()).contains(first.reference(), "review checklist: \u201cCode run\u201d is not ticked");
        javafx.scene.control.Button anyway = robot.lookup("Mark reviewed anyway").queryButton();
        assertThat(anyway.isDisabled()).as("no reason yet").isTrue();
        robot.clickOn("#review-override-reason").write("ran it in CI");
        assertThat(anyway.isDisabled()).isFalse();
        robot.clickOn(anyway);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.library().posts().findByReference(first.reference())
                .orElseThrow().post().meta().revisionOrEmpty().status() == org.reviewdesk.model.ReviewStatus.REVIEWED);
        assertThat(desk.revisions().history(first.reference()).get(0).note()).contains("ran it in CI");
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    @Test
    void aSavedViewsOrderShowsOnTheHeaderItSortsBy(FxRobot robot) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        PostSynthesizer synth = new PostSynthesizer(9);
        for (int i = 0; i < 12; i++) library.create(synth.post(i));
        DeskWindow window = deskWindow.show(library);
        robot.interact(window::showQueue);
        var table = window.queue().table();
        robot.interact(() -> deskWindow.model().queue().apply(new org.reviewdesk.model.library.SavedView("Everything",
                org.reviewdesk.model.library.QueueFilter.ALL, org.reviewdesk.model.library.QueueSort.PRIORITY)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        assertThat(table.getSortOrder()).as("the priority order has no header").isEmpty();

        var byTitle = new org.reviewdesk.model.library.SavedView("Z to A", org.reviewdesk.model.library.QueueFilter.ALL,
                new org.reviewdesk.model.library.QueueSort(org.reviewdesk.model.library.QueueSort.Column.TITLE, true));
        robot.interact(() -> deskWindow.model().queue().apply(byTitle));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 12
                && table.getItems().get(0).title().compareToIgnoreCase(table.getItems().get(11).title()) >= 0);
        assertThat(table.getSortOrder()).singleElement().satisfies(c -> {
            assertThat(c.getText()).isEqualTo("Title");
            assertThat(c.getSortType()).isEqualTo(javafx.scene.control.TableColumn.SortType.DESCENDING);
        });

        robot.interact(() -> deskWindow.model().queue().apply(new org.reviewdesk.model.library.SavedView("Default",
                org.reviewdesk.model.library.QueueFilter.ALL, org.reviewdesk.model.library.QueueSort.PRIORITY)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSortOrder()).isEmpty();
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }
}
