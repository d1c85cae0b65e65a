package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A remembered layout comes back, unless it would hide the list, the editor or the preview. */
class WindowPrefsTest {
    private final Preferences node = Preferences.userRoot().node("org/reviewdesk/test-prefs-" + System.nanoTime());
    private final WindowPrefs prefs = new WindowPrefs(node);

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void aLayoutThatShowsEveryPaneComesBack() {
        prefs.saveDividers(new double[] {0.3, 0.55}, 1000);
        assertThat(prefs.dividers()).containsExactly(0.3, 0.55);
    }

    @Test
    void aLayoutThatWouldHideAPaneGivesWayToTheDefault() {
        double[] defaults = prefs.dividers();
        prefs.saveDividers(new double[] {0.8627, 0.998}, 1000);
        assertThat(prefs.dividers()).as("the preview would be 0.2 % wide").containsExactly(defaults);
        prefs.saveDividers(new double[] {0.5, 0.52}, 1000);
        assertThat(prefs.dividers()).as("the editor would be 2 % wide").containsExactly(defaults);
        prefs.saveDividers(new double[] {0.01, 0.6}, 1000);
        assertThat(prefs.dividers()).as("the list would be 1 % wide").containsExactly(defaults);
    }

    @Test
    void theWidthTheDividersWereSavedAtComesBackWithThem() {
        assertThat(prefs.dividersWidth()).as("the default layout was never laid out").isNaN();
        prefs.saveDividers(new double[] {0.3, 0.55}, 1220);
        assertThat(prefs.dividersWidth()).isEqualTo(1220);
        prefs.saveDividers(new double[] {0.8627, 0.998}, 1220);
        assertThat(prefs.dividersWidth()).as("the default layout that stands in for a hiding one").isNaN();
    }
}
