package org.reviewdesk.gui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.RevisionInfo;

/**
 * The history of the open post: its revisions, a side-by-side diff of the one selected against the post as it is
 * now (the newest when the dialog opens) or of the two selected, with the changed words marked and the meta field
 * by field; taking one change back from the revision compared with now, a version bump with a note, and restore.
 */
public final class HistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final HistoryViewModel vm;
    private final Runnable onChanged;
    private final Stage stage = new Stage();
    private final ListView<RevisionInfo> list = new ListView<>();
    private final RevisionDiffView diff;

    /** {@code onChanged} runs after a bump, a restore or a take-back has changed the post, to open it again. */
    public HistoryDialog(Window owner, HistoryViewModel vm, String title, Runnable onChanged, List<String> stylesheets) {
        this.vm = vm;
        this.onChanged = onChanged;
        this.diff = new RevisionDiffView(hunk -> vm.takeBack(hunk, onChanged), path -> vm.takeBackField(path, onChanged));
        stage.initOwner(owner);
        stage.setTitle("History — " + title);
        setUpRevisionList();
        SplitPane split = new SplitPane(list, diff.getNode());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        // A revision records the comments as they were: how many threads were open then, and are now.
        Label comments = new Label();
        comments.setId("history-comments");
        comments.textProperty().bind(vm.commentsProperty());
        BorderPane root = new BorderPane(split);
        root.setTop(actions());
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(24, message, comments);
        root.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(4, 8, 4, 8));
        root.getStyleClass().add("history-dialog");
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        vm.diffProperty().addListener((o, was, now) -> diff.show(now, vm.withCurrentProperty().get()));
        vm.history().addListener((ListChangeListener<RevisionInfo>) c -> selectCompared());
        vm.comparedRevisionProperty().addListener((o, was, now) -> selectCompared());
    }

    public void show() {
        vm.refresh();
        stage.show();
    }

    /** Newest first, version, kind, time and note; one selected compares with now, two with each other. */
    private void setUpRevisionList() {
        list.setItems(vm.history());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionInfo r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.version() == null ? "(no version)" : r.version()) + " · " + r.kind()
                        + " · " + WHEN.format(r.createdAt()) + (r.note() == null || r.note().isBlank() ? "" : "\n" + r.note()));
            }
        });
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RevisionInfo>) c -> compareSelection());
        list.setPlaceholder(new Label("No revision yet: a bump, a restore or a re-import makes one."));
    }

    /** The current version, and the bump and restore commands. */
    private Node actions() {
        MenuButton bump = new MenuButton("Bump version");
        for (SemVer.Bump kind : SemVer.Bump.values()) {
            MenuItem item = new MenuItem(kind.name().toLowerCase(Locale.ROOT) + "…");
            item.setOnAction(e -> askNote(kind).ifPresent(note -> vm.bump(kind, note, v -> onChanged.run())));
            bump.getItems().add(item);
        }
        Button restore = new Button("Restore selected version");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restoreSelected());
        Label current = new Label();
        current.textProperty().bind(Bindings.concat("Current version: ", vm.currentVersionProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, current, gap, bump, restore);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        return top;
    }

    private void restoreSelected() {
        RevisionInfo r = list.getSelectionModel().getSelectedItem();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Restore " + org.reviewdesk.service.RevisionService.label(r)
                + " of " + WHEN.format(r.createdAt()) + " as a new revision? The current text stays in the history.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) vm.restore(r, v -> onChanged.run());
    }

    private Optional<String> askNote(SemVer.Bump kind) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(stage);
        d.setTitle("Bump version");
        d.setHeaderText("A " + kind.name().toLowerCase(Locale.ROOT) + " bump: what changed?");
        return d.showAndWait();
    }

    private void compareSelection() {
        List<RevisionInfo> sel = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (sel.isEmpty() || sel.get(0) == null) return;
        if (sel.size() == 1) {
            vm.compareWithCurrent(sel.get(0).id());
        } else {
            long a = Math.min(sel.get(0).id(), sel.get(1).id());
            long b = Math.max(sel.get(0).id(), sel.get(1).id());
            vm.compareRevisions(a, b);
        }
    }

    /** Shows which revision the view model compares when the list has none selected (when it opens or reloads). */
    private void selectCompared() {
        if (!list.getSelectionModel().getSelectedItems().isEmpty()) return;
        long id = vm.comparedRevisionProperty().get();
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) list.getSelectionModel().select(i);
        }
    }
}
