package org.reviewdesk.gui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * The light and dark themes. AtlantaFX themes are user-agent stylesheets, which JavaFX keeps per application; the
 * desk's own stylesheet follows the {@code dark} style class of the scene's root.
 */
final class DeskTheme {
    private DeskTheme() {
    }

    /** Sets the theme for the whole application, before any scene exists. */
    static void useFor(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Sets the theme and marks the stage's root for the desk's own stylesheet. */
    static void apply(Stage stage, boolean dark) {
        useFor(dark);
        Parent root = stage.getScene().getRoot();
        root.getStyleClass().remove("dark");
        if (dark) root.getStyleClass().add("dark");
    }
}
