package org.reviewdesk.gui.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window was and how its dividers stood, kept in the preferences between sessions. */
final class WindowBounds {
    private WindowBounds() {
    }

    static void restore(Stage stage, WindowPrefs prefs) {
        WindowPrefs.Bounds b = prefs.bounds();
        // A window remembered on a larger monitor must still fit the screen it opens on.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(b.width(), screen.getWidth());
        double height = Math.min(b.height(), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(b.x()) && !Double.isNaN(b.y()) && screen.contains(b.x(), b.y())) {
            // Moved back as far as it takes for the whole window to be on the screen.
            stage.setX(Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - height)));
        }
        stage.setMaximized(b.maximized());
    }

    static void remember(Stage stage, SplitPane split, WindowPrefs prefs) {
        prefs.saveBounds(new WindowPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        prefs.saveDividers(split.getDividerPositions(), split.getWidth());
        prefs.flush();
    }
}
