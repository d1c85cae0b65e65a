package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.InMemoryLibrary;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list, the editor and the preview come back where they were, however often the window is closed and opened
 * again: the list did grow by a quarter with every start, until the editor and the preview were gone.
 */
@ExtendWith(ApplicationExtension.class)
class WindowDividersTest {
    private static final int CYCLES = 5;

    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();
    private final InMemoryLibrary library = new InMemoryLibrary();

    /** What one window showed: its first and second divider, and the list's width in pixels. */
    private record Layout(double first, double second, double listWidth) {
    }

    @Test
    void theDefaultLayoutStaysWhereItIsOverEveryRestart() throws Exception {
        deskWindow.prefs().saveBounds(new WindowPrefs.Bounds(20, 20, 1200, 760, false));
        assertStable(reopen(CYCLES));
    }

    @Test
    void aMovedDividerStaysWhereTheUserLeftIt() throws Exception {
        deskWindow.prefs().saveBounds(new WindowPrefs.Bounds(20, 20, 1200, 760, false));
        deskWindow.show(library);
        WaitForAsyncUtils.asyncFx(() -> split().setDividerPositions(0.35, 0.7)).get(10, TimeUnit.SECONDS);
        Layout moved = layout();
        assertThat(deskWindow.closeWindow()).isTrue();

        List<Layout> layouts = reopen(CYCLES);
        assertStable(layouts);
        assertThat(layouts.get(0).listWidth()).as("the list as the user left it").isCloseTo(moved.listWidth(), within(1.0));
    }

    @Test
    void aMaximizedWindowComesBackWithTheSameLayout() throws Exception {
        deskWindow.prefs().saveBounds(new WindowPrefs.Bounds(20, 20, 1200, 760, true));
        List<Layout> layouts = reopen(CYCLES);
        assertStable(layouts);
        assertThat(deskWindow.prefs().bounds().maximized()).isTrue();
    }

    /** Opens and closes the window {@code times} times and tells how each one was divided. */
    private List<Layout> reopen(int times) throws Exception {
        List<Layout> layouts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            deskWindow.show(library);
            layouts.add(layout());
            assertThat(deskWindow.closeWindow()).isTrue();
        }
        return layouts;
    }

    private Layout layout() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            SplitPane split = split();
            split.getScene().getRoot().layout();
            double[] at = split.getDividerPositions();
            return new Layout(at[0], at[1], deskWindow.window().list().getNode().getLayoutBounds().getWidth());
        }).get(10, TimeUnit.SECONDS);
    }

    private SplitPane split() {
        Node list = deskWindow.window().list().getNode();
        for (Node n = list.getParent(); n != null; n = n.getParent()) {
            if (n instanceof SplitPane split && split.getItems().contains(list)) return split;
        }
        throw new AssertionError("the list is not in a split pane");
    }

    private static void assertStable(List<Layout> layouts) {
        Layout first = layouts.get(0);
        assertThat(first.listWidth()).as("the list shows").isPositive();
        for (Layout each : layouts) {
            assertThat(each.listWidth()).as("the list's width in " + layouts).isCloseTo(first.listWidth(), within(1.0));
            assertThat(each.first()).as("the first divider in " + layouts).isCloseTo(first.first(), within(0.001));
            assertThat(each.second()).as("the second divider in " + layouts).isCloseTo(first.second(), within(0.001));
        }
    }
}
