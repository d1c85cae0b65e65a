package org.reviewdesk.gui.queue;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows the posts "mark reviewed" refused, each with its reasons, and offers to mark them reviewed anyway with a
 * reason, which is required: the history keeps it.
 */
final class ReviewRefusalDialog {
    private ReviewRefusalDialog() {
    }

    /** The reason to mark the refused posts anyway, or empty when the user leaves them as they are. */
    static Optional<String> ask(Window owner, RefusedReview refused) {
        int n = refused.refusals().size();
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Not marked reviewed");
        dialog.setHeaderText(n == 1 ? "This post is not ready to be marked reviewed"
                : n + " posts are not ready to be marked reviewed");
        if (owner != null) dialog.initOwner(owner);

        TextArea reasons = new TextArea(refused.describe());
        reasons.setId("review-refusal-reasons");
        reasons.setEditable(false);
        reasons.setWrapText(true);
        reasons.setPrefRowCount(Math.min(12, 2 + refused.describe().split("\n").length));
        TextField reason = new TextField();
        reason.setId("review-override-reason");
        reason.setPromptText("Why mark it reviewed anyway (kept in the history with your name)");
        Label label = new Label("Reason for marking reviewed anyway (required):");
        label.setLabelFor(reason);
        VBox content = new VBox(8, reasons, label, reason);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType anyway = new ButtonType("Mark reviewed anyway", ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType("Leave as they are", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(anyway, leave);
        dialog.getDialogPane().lookupButton(anyway).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        dialog.setResultConverter(button -> button == anyway ? reason.getText() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait();
    }
}
