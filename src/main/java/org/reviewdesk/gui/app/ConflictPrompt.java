package org.reviewdesk.gui.app;

import javafx.stage.Stage;
import org.reviewdesk.gui.conflict.ConflictDialog;
import org.reviewdesk.gui.conflict.ConflictViewModel;

/** A save someone else beat opens the conflict dialog over the window; the choice goes back to the editor. */
final class ConflictPrompt {
    private ConflictPrompt() {
    }

    static void follow(Stage stage, DeskViewModel desk, DeskDialogs dialogs) {
        desk.editor().onConflictProperty().set(conflict -> {
            ConflictDialog[] shown = new ConflictDialog[1];
            ConflictViewModel vm = desk.conflict(conflict, (stored, notice) -> {
                shown[0].close();
                desk.editor().conflictSettled(conflict, stored);
                dialogs.notice(notice);
            });
            shown[0] = new ConflictDialog(stage, vm, stage.getScene().getStylesheets());
            shown[0].show();
        });
    }
}
