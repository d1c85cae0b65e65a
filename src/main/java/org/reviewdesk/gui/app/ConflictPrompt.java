package org.reviewdesk.gui.app;

import javafx.stage.Stage;
import org.reviewdesk.gui.conflict.ConflictDialog;

/** A save someone else beat opens the conflict dialog over the window; it closes once a choice was carried out. */
final class ConflictPrompt {
    private ConflictPrompt() {
    }

    static void follow(Stage stage, DeskViewModel desk) {
        desk.editor().onConflictProperty().set(vm -> {
            ConflictDialog dialog = new ConflictDialog(stage, vm, stage.getScene().getStylesheets());
            vm.doneProperty().addListener((o, was, done) -> {
                if (done) dialog.close();
            });
            dialog.show();
        });
    }
}
