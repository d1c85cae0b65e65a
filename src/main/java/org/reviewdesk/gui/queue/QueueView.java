package org.reviewdesk.gui.queue;

import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reviewdesk.model.library.PostSummary;

/**
 * The review queue: the filter bar with the live counts, the triage toolbar, the table, and the last message
 * below. J/K move, Enter opens the post, R marks it reviewed and moves on. A post that is not ready to be reviewed
 * is refused with its reasons, and may be marked anyway with a reason.
 */
public final class QueueView {
    private final QueueViewModel vm;
    private final QueueTable table;
    private final BorderPane root = new BorderPane();

    public QueueView(QueueViewModel vm, LongConsumer openPost) {
        this.vm = vm;
        vm.onOpenProperty().set(openPost);
        table = new QueueTable(vm);
        QueueToolBar tools = new QueueToolBar(vm, table.table().getSelectionModel().getSelectedItems());
        root.setTop(new VBox(new QueueFilterBar(vm).getNode(), tools.getNode()));
        root.setCenter(new StackPane(table.table()));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("queue-message");
        message.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(message);
        root.getStyleClass().add("queue-view");
        undoFromAnywhereInTheQueue();
        // Shown after the callback that set it has returned: a modal dialog must not run inside a listener.
        vm.refusedProperty().addListener((o, was, now) -> {
            if (now != null) Platform.runLater(() -> askToOverride(now));
        });
    }

    /**
     * Ctrl+Z undoes the last bulk action wherever the focus is in the queue, not only in its table: after "Reviewed +
     * bump" chosen from the keyboard the focus is on a button of the tool bar, and the message says "Undo with Ctrl+Z".
     * A text field keeps Ctrl+Z for its own text.
     */
    private void undoFromAnywhereInTheQueue() {
        javafx.scene.input.KeyCombination undo = javafx.scene.input.KeyCombination.keyCombination(QueueKeys.Key.UNDO.combination());
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                vm.undo();
                e.consume();
            }
        });
    }

    private void askToOverride(RefusedReview refused) {
        if (vm.refusedProperty().get() != refused) return;
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        ReviewRefusalDialog.ask(owner, refused).ifPresentOrElse(vm::markRefusedAnyway, vm::dismissRefusal);
    }

    public Node getNode() {
        return root;
    }

    public TableView<PostSummary> table() {
        return table.table();
    }
}
