package org.reviewdesk.gui.queue;

import java.io.File;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.reviewdesk.gui.task.Tooltips;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueSort;

/**
 * The review queue: two switchable filters (needs review; freshness at or below a threshold) and a few more,
 * live counts, a table sorted by the database (never in memory), pages loaded as the user scrolls, and
 * triage on the selected rows with undo. J/K move, Enter opens the post, R marks it reviewed and moves on. A post
 * that is not ready to be reviewed is refused with its reasons, and may be marked anyway with a reason.
 */
public final class QueueView {
    private static final javafx.css.PseudoClass NEEDS_REVIEW = javafx.css.PseudoClass.getPseudoClass("needs-review");
    private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("stale");
    private final QueueViewModel vm;
    private final LongConsumer openPost;
    private final TableView<PostSummary> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final javafx.animation.PauseTransition sliderPause = new javafx.animation.PauseTransition(Duration.millis(150));

    public QueueView(QueueViewModel vm, LongConsumer openPost) {
        this.vm = vm;
        this.openPost = openPost;
        root.setTop(new VBox(filters(), actions()));
        root.setCenter(buildTable());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("queue-message");
        message.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(message);
        root.getStyleClass().add("queue-view");
        // Shown after the callback that set it has returned: a modal dialog must not run inside a listener.
        vm.refusedProperty().addListener((o, was, now) -> {
            if (now != null) javafx.application.Platform.runLater(() -> askToOverride(now));
        });
    }

    private void askToOverride(QueueViewModel.RefusedReview refused) {
        if (vm.refusedProperty().get() != refused) return;
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        ReviewRefusalDialog.ask(owner, refused).ifPresentOrElse(vm::markRefusedAnyway, vm::dismissRefusal);
    }

    public Node getNode() {
        return root;
    }

    public TableView<PostSummary> table() {
        return table;
    }

    private Node filters() {
        CheckBox needs = new CheckBox("Needs human review");
        needs.selectedProperty().bindBidirectional(vm.needsReviewProperty());
        CheckBox stale = new CheckBox("Freshness at most");
        stale.selectedProperty().bindBidirectional(vm.staleOnProperty());
        Slider slider = new Slider(0, 100, vm.thresholdProperty().get());
        slider.setId("queue-threshold");
        slider.setMajorTickUnit(20);
        slider.setBlockIncrement(5);
        slider.setPrefWidth(180);
        slider.disableProperty().bind(stale.selectedProperty().not());
        Label value = new Label();
        value.textProperty().bind(vm.thresholdProperty().asString());
        value.setMinWidth(28);
        slider.valueProperty().addListener((o, was, now) -> {
            vm.thresholdProperty().set((int) Math.round(now.doubleValue()));
            // Coalesce: a dragged slider asks once it pauses, not for every pixel.
            sliderPause.setOnFinished(e -> vm.refresh());
            sliderPause.playFromStart();
        });
        ComboBox<String> status = new ComboBox<>();
        status.getItems().setAll("", "drafted", "in review", "reviewed", "published");
        status.setEditable(true);
        status.setPromptText("any status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        TextField tag = new TextField();
        tag.setPromptText("stack or tool");
        tag.setPrefColumnCount(10);
        tag.textProperty().bindBidirectional(vm.stackOrToolProperty());
        TextField who = new TextField();
        who.setPromptText("assignee");
        who.setPrefColumnCount(8);
        who.textProperty().bindBidirectional(vm.assigneeProperty());
        CheckBox findings = new CheckBox("With findings");
        findings.selectedProperty().bindBidirectional(vm.withFindingsProperty());
        for (var p : List.of(needs.selectedProperty(), stale.selectedProperty(), status.valueProperty(), findings.selectedProperty())) {
            p.addListener((o, was, now) -> vm.refresh());
        }
        tag.setOnAction(e -> vm.refresh());
        who.setOnAction(e -> vm.refresh());
        tag.focusedProperty().addListener((o, was, now) -> { if (!now) vm.refresh(); });
        who.focusedProperty().addListener((o, was, now) -> { if (!now) vm.refresh(); });
        Label counts = new Label();
        counts.setId("queue-counts");
        counts.textProperty().bind(vm.countsProperty());
        counts.getStyleClass().add("queue-counts");
        HBox bar = new HBox(8, needs, stale, slider, value, status, tag, who, findings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        HBox countsBar = new HBox(counts);
        countsBar.setPadding(new Insets(0, 8, 4, 8));
        return new VBox(bar, countsBar);
    }

    private Node actions() {
        Button reviewed = new Button("Mark reviewed");
        Tooltips.install(reviewed, "Mark the selected posts reviewed (R: and go to the next)");
        reviewed.setOnAction(e -> vm.markReviewed(selectedIds(), null));
        MenuButton bump = new MenuButton("Reviewed + bump");
        for (SemVer.Bump b : SemVer.Bump.values()) {
            MenuItem item = new MenuItem(b.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> vm.markReviewed(selectedIds(), b));
            bump.getItems().add(item);
        }
        Button flag = new Button("Flag for review");
        flag.setOnAction(e -> vm.flagForReview(selectedIds()));
        Button assign = new Button("Assign…");
        assign.setOnAction(e -> askName().ifPresent(name -> vm.assign(selectedIds(), name)));
        Button freshness = new Button("Set freshness…");
        freshness.setOnAction(e -> askFreshness().ifPresent(n -> vm.setFreshness(selectedIds(), n)));
        for (Node n : List.of(reviewed, bump, flag, assign, freshness)) {
            ((javafx.scene.control.Control) n).disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        }
        Button undo = new Button("Undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        MenuButton export = new MenuButton("Export queue");
        MenuItem csv = new MenuItem("CSV…");
        csv.setOnAction(e -> export(true));
        MenuItem json = new MenuItem("JSON…");
        json.setOnAction(e -> export(false));
        export.getItems().addAll(csv, json);
        MenuButton saved = new MenuButton("Saved views");
        saved.setOnShowing(e -> {
            saved.getItems().clear();
            for (var view : vm.views()) {
                MenuItem item = new MenuItem(view.name());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> vm.apply(view));
                saved.getItems().add(item);
            }
            if (!vm.views().isEmpty()) saved.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            MenuItem save = new MenuItem("Save these filters as…");
            save.setOnAction(a -> {
                TextInputDialog d = new TextInputDialog();
                d.setTitle("Save view");
                d.setHeaderText("A name for these filters");
                d.initOwner(root.getScene().getWindow());
                d.showAndWait().ifPresent(vm::saveView);
            });
            saved.getItems().add(save);
            for (var view : vm.views()) {
                MenuItem delete = new MenuItem("Delete \u201c" + view.name() + "\u201d");
                delete.setMnemonicParsing(false);
                delete.setOnAction(a -> vm.deleteView(view.name()));
                saved.getItems().add(delete);
            }
        });
        vm.loadViews();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, reviewed, bump, flag, assign, freshness, undo, gap, saved, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 8, 8, 8));
        return bar;
    }

    private java.util.Optional<String> askName() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Assign");
        d.setHeaderText("Assign the selected posts to (empty: nobody)");
        d.initOwner(root.getScene().getWindow());
        return d.showAndWait();
    }

    private java.util.Optional<Integer> askFreshness() {
        TextInputDialog d = new TextInputDialog("50");
        d.setTitle("Set freshness");
        d.setHeaderText("Freshness score for the selected posts (0 to 100)");
        d.initOwner(root.getScene().getWindow());
        return d.showAndWait().flatMap(t -> {
            try {
                int n = Integer.parseInt(t.strip());
                return n >= 0 && n <= 100 ? java.util.Optional.of(n) : java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private void export(boolean csv) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the queue");
        chooser.setInitialFileName(csv ? "review-queue.csv" : "review-queue.json");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) vm.export(file.toPath(), csv, n -> { });
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(PostSummary::id).toList();
    }

    private Node buildTable() {
        table.setId("queue-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No post matches these filters."));
        TableColumn<PostSummary, String> title = column("Title", QueueSort.Column.TITLE, 320, PostSummary::title);
        // Its cells carry the column's style class: the stylesheet marks the title of a row that needs review.
        title.getStyleClass().add("title-column");
        table.getColumns().add(title);
        table.getColumns().add(column("Status", QueueSort.Column.STATUS, 90, PostSummary::status));
        table.getColumns().add(column("Version", QueueSort.Column.VERSION, 90, PostSummary::version));
        TableColumn<PostSummary, PostSummary> fresh = new TableColumn<>("Freshness");
        fresh.setUserData(QueueSort.Column.FRESHNESS);
        fresh.setPrefWidth(130);
        fresh.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        fresh.setCellFactory(c -> new FreshnessCell());
        table.getColumns().add(fresh);
        table.getColumns().add(column("Quality", QueueSort.Column.QUALITY, 70, r -> r.quality() == null ? "" : r.quality().toString()));
        table.getColumns().add(column("Last reviewed", QueueSort.Column.LAST_REVIEWED, 120, r -> age(r.lastReviewed())));
        table.getColumns().add(column("Views", QueueSort.Column.VIEW_COUNT, 90,
                r -> r.viewCount() == null ? "" : String.format("%,d", r.viewCount())));
        table.getColumns().add(column("Findings", QueueSort.Column.FINDINGS, 80, r -> r.findings() == 0 ? "" : String.valueOf(r.findings())));
        table.getColumns().add(column("Assignee", QueueSort.Column.ASSIGNEE, 100, r -> r.assignee() == null ? "" : r.assignee()));
        // The database sorts: a click on a header asks for the first page in that order.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortProperty().set(QueueSort.PRIORITY);
            } else {
                TableColumn<PostSummary, ?> c = t.getSortOrder().get(0);
                vm.sortProperty().set(new QueueSort((QueueSort.Column) c.getUserData(),
                        c.getSortType() == TableColumn.SortType.DESCENDING));
            }
            vm.refresh();
            return true;
        });
        table.setRowFactory(t -> new TableRow<>() {
            {
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null) openPost.accept(getItem().id());
                });
            }

            @Override
            protected void updateItem(PostSummary item, boolean empty) {
                super.updateItem(item, empty);
                // A pseudo-class, not a style class: changing a style class restyles the row and its cells from
                // scratch, which while scrolling was most of every frame.
                pseudoClassStateChanged(NEEDS_REVIEW, !empty && item != null && item.needsHumanReview());
                if (!empty && getIndex() >= vm.rows().size() - 20) vm.loadMore();
            }
        });
        table.setOnKeyPressed(e -> {
            var sel = table.getSelectionModel();
            if (e.getCode() == KeyCode.J) {
                sel.clearAndSelect(Math.min(table.getItems().size() - 1, sel.getSelectedIndex() + 1));
            } else if (e.getCode() == KeyCode.K) {
                sel.clearAndSelect(Math.max(0, sel.getSelectedIndex() - 1));
            } else if (e.getCode() == KeyCode.ENTER && sel.getSelectedItem() != null) {
                openPost.accept(sel.getSelectedItem().id());
            } else if (e.getCode() == KeyCode.R && !sel.getSelectedItems().isEmpty()) {
                int at = sel.getSelectedIndex();
                vm.markReviewed(selectedIds(), null);
                sel.clearAndSelect(Math.min(table.getItems().size() - 1, at + 1));
            } else if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
                vm.undo();
            } else {
                return;
            }
            table.scrollTo(Math.max(0, sel.getSelectedIndex() - 3));
            e.consume();
        });
        return new StackPane(table);
    }

    private static TableColumn<PostSummary, String> column(String name, QueueSort.Column sortBy, double width,
                                                           java.util.function.Function<PostSummary, String> value) {
        TableColumn<PostSummary, String> c = new TableColumn<>(name);
        c.setUserData(sortBy);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    /** "today", "3 days ago", "2 years ago", or "never". */
    static String age(LocalDate date) {
        if (date == null) return "never";
        Period p = Period.between(date, LocalDate.now());
        if (p.isNegative()) return date.toString();
        if (p.getYears() > 0) return p.getYears() + (p.getYears() == 1 ? " year ago" : " years ago");
        if (p.getMonths() > 0) return p.getMonths() + (p.getMonths() == 1 ? " month ago" : " months ago");
        if (p.getDays() > 0) return p.getDays() + (p.getDays() == 1 ? " day ago" : " days ago");
        return "today";
    }

    /** The freshness score as a bar with its number; red when at or below the threshold. */
    private final class FreshnessCell extends TableCell<PostSummary, PostSummary> {
        private final ProgressBar bar = new ProgressBar();
        private final Label number = new Label();
        private final HBox box = new HBox(6, bar, number);

        FreshnessCell() {
            bar.setPrefWidth(70);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PostSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.freshness() == null) {
                setGraphic(null);
                return;
            }
            bar.setProgress(item.freshness() / 100.0);
            bar.pseudoClassStateChanged(STALE, item.freshness() <= vm.thresholdProperty().get());
            number.setText(String.valueOf(item.freshness()));
            setGraphic(box);
        }
    }
}
