package org.reviewdesk.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.CheckEngine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.StoredFinding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The findings panel in the window, over a real library in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class FindingsWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();

    @Test
    void findingsAreListedAClickSelectsOneAndAQuickFixRemovesItFromThePanelAndTheStore(FxRobot robot) throws Exception {
        Desk desk = Desk.open(folder);
        DeskLibraryAccess library = new DeskLibraryAccess(desk);
        long id = library.create(new Post("Tide tables", FindingsViewModelTest.BODY, Meta.builder().reference("ref-tides").build()));
        // Room for the panel to list every finding of the post without scrolling.
        DeskWindow[] window = {deskWindow.show(library, stage -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        })};
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, "Tide tables"));
        DeskWindowFixture.click(robot, "Tide tables");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checkIds(window[0]).contains("scrape-debris"));
        scrollTo(robot, "scrape-debris");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message(robot, "page furniture") != null);
        Label status = robot.lookup("#status-findings").queryAs(Label.class);
        assertThat(status.getText()).matches("\\d+ findings");
        assertThat(checkIds(window[0])).contains("repeated-sentence", "scrape-debris");

        robot.clickOn(message(robot, "Like Comment Share"));
        assertThat(window[0].editor().area().getCurrentParagraph()).as("the caret is on line 5").isEqualTo(4);
        assertThat(window[0].editor().area().getSelectedText()).isEqualTo("Like Comment Share");

        robot.clickOn("Remove scrape debris lines");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !checkIds(window[0]).contains("scrape-debris"));
        assertThat(window[0].editor().area().getText()).doesNotContain("Like Comment Share");
        // The panel lists the findings again in a pulse after the model drops them: under load, a frame or two later.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message(robot, "page furniture") == null);
        assertThat(checkIds(window[0])).contains("repeated-sentence");

        // The autosave stores the post, and with it its findings, which the queue counts.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stored(desk, id).isEmpty()
                && stored(desk, id).stream().noneMatch(f -> f.checkId().equals("scrape-debris")));
        assertThat(stored(desk, id)).extracting(StoredFinding::checkId).contains("repeated-sentence");

        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    @Test
    void openingAnotherPostNeverShowsTheLastPostsFindingsForIt(FxRobot robot) throws Exception {
        DeskLibraryAccess library = new DeskLibraryAccess(Desk.open(folder));
        library.create(new Post("Knots", "A bowline makes a fixed loop at the end of a line.\n",
                Meta.builder().reference("ref-knots").build()));
        DeskWindow[] window = {opened(robot, library, "Tide tables", FindingsViewModelTest.BODY)};
        Label status = robot.lookup("#status-findings").queryAs(Label.class);
        // The panel and the status bar change in one FX event: wait for the last of them, read on the FX thread.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checkIds(window[0]).contains("scrape-debris")
                && status.getText().matches("\\d+ findings"));

        List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> status.textProperty().addListener((o, was, now) -> shown.add(now)));
        DeskWindowFixture.click(robot, "Knots");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.isEmpty() && !shown.get(shown.size() - 1).startsWith("checking"));

        assertThat(shown.get(0)).as("the status bar's first word on the opened post").isEqualTo("checking\u2026");
        assertThat(checkIds(window[0])).doesNotContain("scrape-debris");
        assertThat(window[0].findings().model().checkedProperty().get().post().title()).isEqualTo("Knots");
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    @Test
    void aPostWithThousandsOfFindingsListsTheFirstOfEachGroupAndCountsThemAll(FxRobot robot) throws Exception {
        DeskLibraryAccess library = new DeskLibraryAccess(Desk.open(folder));
        StringBuilder body = new StringBuilder("Tide tables help sailors plan the day.\n\n");
        for (int i = 0; i < 1_200; i++) body.append("Like Comment Share\n\n");
        DeskWindow[] window = {opened(robot, library, "Debris", body.toString())};
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> checkIds(window[0]).contains("scrape-debris"));
        long debris = checkIds(window[0]).stream().filter("scrape-debris"::equals).count();
        assertThat(debris).isGreaterThan(FindingsView.LISTED);

        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#findings-tree").queryAs(javafx.scene.control.TreeView.class);
        int total = Checked.count(window[0].findings().model().checkedProperty().get().active());
        assertThat(total).as("every debris line counts, though the check lists " + CheckEngine.LISTED).isGreaterThanOrEqualTo(1_200);
        List<String> headings = new java.util.ArrayList<>();
        List<String> notes = new java.util.ArrayList<>();
        List<Integer> listed = new java.util.ArrayList<>();
        robot.interact(() -> tree.getRoot().getChildren().forEach(group -> {
            headings.add(group.getValue().toString());
            listed.add((int) group.getChildren().stream().filter(c -> c.getValue() instanceof FindingRow).count());
            group.getChildren().stream().filter(c -> !(c.getValue() instanceof FindingRow))
                    .forEach(c -> notes.add(c.getValue().toString()));
        }));
        int counted = headings.stream().mapToInt(h -> Integer.parseInt(h.replaceAll("^\\D*\\((\\d+)\\).*$", "$1"))).sum();
        assertThat(counted).as("the groups' headings count every finding: " + headings).isEqualTo(total);
        assertThat(listed).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(FindingsView.LISTED)).contains(FindingsView.LISTED);
        assertThat(notes).anySatisfy(n -> assertThat(n).containsPattern("and [\\d,]+ more, not listed here"));
        assertThat(robot.lookup("#status-findings").queryAs(Label.class).getText()).isEqualTo(total + " findings");
        assertThat(deskWindow.closeWindow()).isTrue();
        library.close();
    }

    /** Writes a post titled {@code title}, shows the window and opens the post from the list, as a user would. */
    private DeskWindow opened(FxRobot robot, DeskLibraryAccess library, String title, String body) throws Exception {
        library.create(new Post(title, body, Meta.builder().reference("ref-" + title.toLowerCase().replace(' ', '-')).build()));
        DeskWindow window = deskWindow.show(library);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DeskWindowFixture.present(robot, title));
        DeskWindowFixture.click(robot, title);
        return window;
    }

    /** Scrolls the panel to the check's row, as a user would with the wheel. */
    @SuppressWarnings("unchecked")
    private static void scrollTo(FxRobot robot, String checkId) {
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#findings-tree").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue() instanceof FindingRow r && r.finding().checkId().equals(checkId)) {
                    tree.scrollTo(i);
                    return;
                }
            }
        });
    }

    private static List<String> checkIds(DeskWindow window) {
        return window.findings().model().checkedProperty().get().active().stream().map(r -> r.finding().checkId()).toList();
    }

    private static List<StoredFinding> stored(Desk desk, long id) {
        return desk.library().findings().list(id);
    }

    private static Label message(FxRobot robot, String containing) {
        return robot.lookup(".finding-message").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains(containing) && l.isVisible()).findFirst().orElse(null);
    }
}
