package org.reviewdesk.gui.app;

import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
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

    /**
     * Puts the dividers back where they were. The split is laid out first at its preferred width, then at the window's
     * (later still when the window opens maximized), and the list keeps its width in pixels when the split's width
     * changes: positions set once before the first layout moved the first divider right at every start. So after every
     * layout at a new width they are set again, and the split laid out again before the window is drawn, until the split
     * is as wide as when they were saved (then they are exactly where they were) or the user takes a divider.
     */
    static void restoreDividers(Stage stage, SplitPane split, WindowPrefs prefs) {
        split.setDividerPositions(prefs.dividers());
        new Restoring(stage, split, prefs.dividers(), prefs.dividersWidth()).start();
    }

    private static final class Restoring implements Runnable {
        private final Stage stage;
        private final SplitPane split;
        private final double[] positions;
        private final double savedWidth;
        private final EventHandler<MouseEvent> onPress = e -> {
            if (onDivider(e.getPickResult().getIntersectedNode())) stop();
        };
        private double laidOutAt = -1;

        Restoring(Stage stage, SplitPane split, double[] positions, double savedWidth) {
            this.stage = stage;
            this.split = split;
            this.positions = positions;
            this.savedWidth = savedWidth;
        }

        void start() {
            stage.getScene().addPostLayoutPulseListener(this);
            split.addEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
        }

        /** After the layout of a pulse: the split's width changed, so the list kept pixels instead of its share. */
        @Override
        public void run() {
            double width = split.getWidth();
            if (width <= 0 || width == laidOutAt) return;
            laidOutAt = width;
            split.setDividerPositions(positions);
            split.layout();
            if (stage.isShowing() && Math.abs(width - savedWidth) < 0.5) stop();
        }

        private void stop() {
            stage.getScene().removePostLayoutPulseListener(this);
            split.removeEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
        }

        private boolean onDivider(Node node) {
            for (Node n = node; n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) return true;
            }
            return false;
        }
    }

    static void remember(Stage stage, SplitPane split, WindowPrefs prefs) {
        prefs.saveBounds(new WindowPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        prefs.saveDividers(split.getDividerPositions(), split.getWidth());
        prefs.flush();
    }
}
