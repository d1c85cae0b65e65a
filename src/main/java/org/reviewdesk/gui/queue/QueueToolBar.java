package org.reviewdesk.gui.queue;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reviewdesk.gui.task.Tooltips;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.PostSummary;

/**
 * Triage of the selected rows (mark reviewed, bump, flag, assign, set freshness), undo, saved views and export.
 * The triage buttons are off while nothing is selected.
 */
final class QueueToolBar {
    private final QueueViewModel vm;
    private final ObservableList<PostSummary> selected;
    private final HBox root;

    QueueToolBar(QueueViewModel vm, ObservableList<PostSummary> selected) {
        this.vm = vm;
        this.selected = selected;
        Button reviewed = new Button("Mark reviewed");
        Tooltips.install(reviewed, "Mark the selected posts reviewed (R: and go to the next)");
        reviewed.setOnAction(e -> vm.markReviewed(selectedIds(), null));
        Button flag = new Button("Flag for review");
        flag.setOnAction(e -> vm.flagForReview(selectedIds()));
        Button assign = new Button("Assign…");
        // The posts selected when the button is pressed: a refresh while the dialog is open may change the selection.
        assign.setOnAction(e -> {
            List<Long> ids = selectedIds();
            askName().ifPresent(name -> vm.assign(ids, name));
        });
        Button freshness = new Button("Set freshness…");
        freshness.setOnAction(e -> {
            List<Long> ids = selectedIds();
            askFreshness().ifPresent(n -> vm.setFreshness(ids, n));
        });
        MenuButton bump = bumpMenu();
        for (ButtonBase b : List.of(reviewed, bump, flag, assign, freshness)) {
            b.disableProperty().bind(Bindings.isEmpty(selected));
        }
        Button undo = new Button("Undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        vm.loadViews();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new HBox(6, reviewed, bump, flag, assign, freshness, undo, gap, savedViewsMenu(), exportMenu());
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(0, 8, 8, 8));
    }

    Node getNode() {
        return root;
    }

    private List<Long> selectedIds() {
        return selected.stream().map(PostSummary::id).toList();
    }

    private Window owner() {
        return root.getScene().getWindow();
    }

    private MenuButton bumpMenu() {
        MenuButton bump = new MenuButton("Reviewed + bump");
        for (SemVer.Bump b : SemVer.Bump.values()) {
            MenuItem item = new MenuItem(b.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> vm.markReviewed(selectedIds(), b));
            bump.getItems().add(item);
        }
        return bump;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Export queue");
        MenuItem csv = new MenuItem("CSV…");
        csv.setOnAction(e -> export(true));
        MenuItem json = new MenuItem("JSON…");
        json.setOnAction(e -> export(false));
        export.getItems().addAll(csv, json);
        return export;
    }

    /** Built each time it opens: the saved views to apply, "save these filters", and one delete per view. */
    private MenuButton savedViewsMenu() {
        MenuButton saved = new MenuButton("Saved views");
        saved.setOnShowing(e -> {
            saved.getItems().clear();
            for (var view : vm.views()) {
                MenuItem item = new MenuItem(view.name());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> vm.apply(view));
                saved.getItems().add(item);
            }
            if (!vm.views().isEmpty()) saved.getItems().add(new SeparatorMenuItem());
            MenuItem save = new MenuItem("Save these filters as…");
            save.setOnAction(a -> ask("Save view", "A name for these filters", "").ifPresent(vm::saveView));
            saved.getItems().add(save);
            for (var view : vm.views()) {
                MenuItem delete = new MenuItem("Delete \u201c" + view.name() + "\u201d");
                delete.setMnemonicParsing(false);
                delete.setOnAction(a -> vm.deleteView(view.name()));
                saved.getItems().add(delete);
            }
        });
        return saved;
    }

    private Optional<String> ask(String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(header);
        d.initOwner(owner());
        return d.showAndWait();
    }

    private Optional<String> askName() {
        return ask("Assign", "Assign the selected posts to (empty: nobody)", "");
    }

    private Optional<Integer> askFreshness() {
        return ask("Set freshness", "Freshness score for the selected posts (0 to 100)", "50").flatMap(t -> {
            try {
                int n = Integer.parseInt(t.strip());
                return n >= 0 && n <= 100 ? Optional.of(n) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private void export(boolean csv) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the queue");
        chooser.setInitialFileName(csv ? "review-queue.csv" : "review-queue.json");
        File file = chooser.showSaveDialog(owner());
        if (file != null) vm.export(file.toPath(), csv, n -> { });
    }
}
