package org.reviewdesk.gui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.RevisionDiff;
import org.reviewdesk.model.library.RevisionInfo;

/**
 * The history of the open post: its revisions, a side-by-side diff of the two selected (or of one against
 * the post as it is now) with the changed words marked and the meta field by field, a version bump with a
 * note, and restore.
 */
public final class HistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final HistoryViewModel vm;
    private final Stage stage = new Stage();
    private final ListView<RevisionInfo> list = new ListView<>();
    private final VBox fields = new VBox(2);
    private final GridPane body = new GridPane();

    public HistoryDialog(Window owner, HistoryViewModel vm, String title, Runnable onChanged, java.util.List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("History — " + title);
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
        list.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<RevisionInfo>) c -> compareSelection());
        list.setPlaceholder(new Label("No revision yet: a bump, a restore or a re-import makes one."));

        MenuButton bump = new MenuButton("Bump version");
        for (SemVer.Bump kind : SemVer.Bump.values()) {
            MenuItem item = new MenuItem(kind.name().toLowerCase(java.util.Locale.ROOT) + "…");
            item.setOnAction(e -> askNote(kind).ifPresent(note -> vm.bump(kind, note, v -> onChanged.run())));
            bump.getItems().add(item);
        }
        Button restore = new Button("Restore selected version");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            RevisionInfo r = list.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Restore version " + r.version()
                    + " as a new revision? The current text stays in the history.", ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(stage);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) vm.restore(r.version(), v -> onChanged.run());
        });
        Label current = new Label();
        current.textProperty().bind(javafx.beans.binding.Bindings.concat("Current version: ", vm.currentVersionProperty()));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, current, gap, bump, restore);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        body.setHgap(12);
        body.setVgap(2);
        body.setPadding(new Insets(8));
        VBox diffPane = new VBox(8, new Label("Fields"), fields, new Label("Body (left: older, right: newer)"), body);
        diffPane.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(diffPane);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(message);
        BorderPane.setMargin(message, new Insets(4, 8, 4, 8));
        root.getStyleClass().add("history-dialog");
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        vm.diffProperty().addListener((o, was, now) -> show(now));
    }

    public void show() {
        vm.refresh();
        stage.show();
    }

    private java.util.Optional<String> askNote(SemVer.Bump kind) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(stage);
        d.setTitle("Bump version");
        d.setHeaderText("A " + kind.name().toLowerCase(java.util.Locale.ROOT) + " bump: what changed?");
        return d.showAndWait();
    }

    private void compareSelection() {
        List<RevisionInfo> sel = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (sel.isEmpty() || sel.get(0) == null) return;
        if (sel.size() == 1) {
            vm.compare(sel.get(0).version(), HistoryViewModel.CURRENT);
        } else {
            // The list is newest first: the lower one is the older.
            RevisionInfo a = sel.get(0).id() < sel.get(1).id() ? sel.get(0) : sel.get(1);
            RevisionInfo b = a == sel.get(0) ? sel.get(1) : sel.get(0);
            vm.compare(a.version(), b.version());
        }
    }

    private void show(RevisionDiff diff) {
        fields.getChildren().clear();
        body.getChildren().clear();
        if (diff == null) return;
        if (diff.fields().isEmpty()) fields.getChildren().add(new Label("no field changed"));
        for (RevisionDiff.FieldChange f : diff.fields()) {
            Text path = new Text(f.path() + ": ");
            path.getStyleClass().add("diff-path");
            Text from = new Text(f.from() == null ? "(absent)" : f.from());
            from.getStyleClass().add("diff-removed");
            Text to = new Text(f.to() == null ? "(absent)" : f.to());
            to.getStyleClass().add("diff-added");
            fields.getChildren().add(new TextFlow(path, from, new Text("  →  "), to));
        }
        int row = 0;
        for (RevisionDiff.Line l : diff.body()) {
            if (l.kind() == RevisionDiff.LineKind.SAME) continue;
            body.add(lineNumber(l.leftNumber()), 0, row);
            body.add(marked(l.left(), l.leftWords(), "diff-removed"), 1, row);
            body.add(lineNumber(l.rightNumber()), 2, row);
            body.add(marked(l.right(), l.rightWords(), "diff-added"), 3, row);
            row++;
        }
        if (row == 0) body.add(new Label("the bodies are the same"), 0, 0);
    }

    private static Label lineNumber(int n) {
        Label l = new Label(n == 0 ? "" : String.valueOf(n));
        l.getStyleClass().add("diff-line-number");
        return l;
    }

    private static TextFlow marked(String text, List<RevisionDiff.Range> ranges, String style) {
        TextFlow flow = new TextFlow();
        flow.setPrefWidth(480);
        if (text == null) return flow;
        int at = 0;
        for (RevisionDiff.Range r : ranges) {
            if (r.start() > at) flow.getChildren().add(new Text(text.substring(at, r.start())));
            Text changed = new Text(text.substring(r.start(), r.end()));
            changed.getStyleClass().add(style);
            flow.getChildren().add(changed);
            at = r.end();
        }
        if (at < text.length()) flow.getChildren().add(new Text(text.substring(at)));
        return flow;
    }
}
