package org.reviewdesk.gui.app;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.reviewdesk.gui.library.ImportSummary;

/** The window's dialogs, owned by the stage so they stay on top of it. */
final class DeskDialogs {
    private final Stage owner;

    DeskDialogs(Stage owner) {
        this.owner = owner;
    }

    /** A message that needs no answer; does not block, so background callbacks may call it. */
    void notice(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle("Review Desk");
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    void importDone(ImportSummary s) {
        String counts = String.format("%d imported, %d updated, %d unchanged, %d kept because edited here, %d files rejected.",
                s.imported(), s.updated(), s.unchanged(), s.conflicts(), s.failed().size());
        Alert alert = new Alert(s.failed().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                counts, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import finished");
        alert.setHeaderText("Import finished");
        if (!s.failed().isEmpty()) {
            TextArea failures = new TextArea(String.join("\n", s.failed().stream().map(Object::toString).toList()));
            failures.setEditable(false);
            failures.setWrapText(true);
            failures.setPrefRowCount(Math.min(12, s.failed().size() + 1));
            alert.getDialogPane().setExpandableContent(failures);
            alert.getDialogPane().setExpanded(true);
        }
        alert.show();
    }

    /** The keyboard reference, beside the window (it does not block it). */
    void shortcuts(java.util.List<KeyboardReference.Shortcut> shortcuts) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.initModality(javafx.stage.Modality.NONE);
        alert.setTitle("Keyboard shortcuts");
        alert.getDialogPane().setContent(KeyboardReference.table(shortcuts));
        alert.show();
    }

    /** The progress of a whole-library check beside the window, with Cancel while it runs and Close after. */
    void libraryCheck(LibraryCheck check) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("library-check-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(check.progressProperty());
        javafx.scene.control.Label text = new javafx.scene.control.Label();
        text.setId("library-check-message");
        text.textProperty().bind(check.messageProperty());
        ButtonType stop = new ButtonType("Cancel", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, null, stop);
        alert.initOwner(owner);
        alert.initModality(javafx.stage.Modality.NONE);
        alert.setTitle("Check the whole library");
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8, text, bar));
        javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(stop);
        button.textProperty().bind(javafx.beans.binding.Bindings.when(check.runningProperty()).then("Cancel").otherwise("Close"));
        alert.setOnHidden(e -> check.cancel());
        alert.show();
    }

    Stage owner() {
        return owner;
    }

    /** The version, the library in use, and the Java and JavaFX underneath, for a bug report. */
    void about(String library) {
        String version = DeskDialogs.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Review Desk");
        alert.setHeaderText("Review Desk " + (version == null ? "(development build)" : version));
        alert.setContentText("Library: " + library + "\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX: " + System.getProperty("javafx.runtime.version") + "\n\n"
                + "Reviews AI-drafted technical posts offline.");
        var icon = DeskDialogs.class.getResource("/org/reviewdesk/icons/review-desk-64.png");
        if (icon != null) alert.setGraphic(new javafx.scene.image.ImageView(icon.toExternalForm()));
        ((Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(owner.getIcons());
        alert.showAndWait();
    }
}
