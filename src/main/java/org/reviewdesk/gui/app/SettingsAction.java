package org.reviewdesk.gui.app;

import java.time.Duration;
import javafx.stage.Stage;
import org.reviewdesk.gui.settings.SettingsDialog;

/** File ▸ Settings…: opens the dialog and, once OK wrote the changes, makes the window follow them. */
final class SettingsAction {
    private SettingsAction() {
    }

    static void open(Stage owner, DeskViewModel desk, WindowPrefs prefs, FindingsPanel findings) {
        desk.settings(prefs.autoRevisionMinutes()).ifPresentOrElse(model -> new SettingsDialog(owner, model).show(applied -> {
            int minutes = model.autoRevisionMinutesProperty().get();
            if (minutes != prefs.autoRevisionMinutes()) {
                prefs.saveAutoRevisionMinutes(minutes);
                desk.library().keepRevisionsEvery(Duration.ofMinutes(minutes));
            }
            if (applied.settingsChanged().contains(org.reviewdesk.model.library.LibrarySettings.USER_NAME)) desk.readUserName();
            if (applied.changesFindings()) {
                findings.model().recheckOpenPost();
                // the spelling check switched, or spelling.language changed: the open post's marks follow
                if (desk.spelling() != null) desk.spelling().settingsChanged();
            }
            // The stored findings of every post may change: the queue follows once the library is checked again.
            if (applied.changesFindings()) desk.libraryCheck().start();
        }), () -> new DeskDialogs(owner).notice("This library keeps no settings."));
    }
}
