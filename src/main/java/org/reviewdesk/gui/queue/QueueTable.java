package org.reviewdesk.gui.queue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueSort;

/**
 * The queue's rows in a table sorted by the database (a click on a header asks for the first page in that order),
 * loading the next page as the user scrolls near the end, with the keys of {@link QueueKeys}.
 */
final class QueueTable {
    private static final PseudoClass NEEDS_REVIEW = PseudoClass.getPseudoClass("needs-review");
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final Map<QueueKeys.Key, javafx.scene.input.KeyCombination> KEYS = keys();

    private static Map<QueueKeys.Key, javafx.scene.input.KeyCombination> keys() {
        Map<QueueKeys.Key, javafx.scene.input.KeyCombination> keys = new java.util.EnumMap<>(QueueKeys.Key.class);
        for (QueueKeys.Key k : QueueKeys.Key.values()) keys.put(k, javafx.scene.input.KeyCombination.keyCombination(k.combination()));
        return keys;
    }

    private static QueueKeys.Key keyOf(javafx.scene.input.KeyEvent e) {
        for (Map.Entry<QueueKeys.Key, javafx.scene.input.KeyCombination> k : KEYS.entrySet()) {
            if (k.getValue().match(e)) return k.getKey();
        }
        return null;
    }

    private final QueueViewModel vm;
    private final TableView<PostSummary> table = new TableView<>();
    /** True while the header shows a sort the queue already has (a saved view applied): nothing to ask for. */
    private boolean showingSort;

    QueueTable(QueueViewModel vm) {
        this.vm = vm;
        table.setId("queue-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No post matches these filters."));
        table.getColumns().setAll(columns());
        table.setSortPolicy(t -> {
            if (!showingSort) sortBy(t.getSortOrder());
            return true;
        });
        vm.sortProperty().addListener((o, was, now) -> showSort(now));
        table.setRowFactory(t -> new QueueRow());
        table.setOnKeyPressed(this::keyPressed);
    }

    TableView<PostSummary> table() {
        return table;
    }

    private List<TableColumn<PostSummary, ?>> columns() {
        TableColumn<PostSummary, String> title = column("Title", QueueSort.Column.TITLE, 320, PostSummary::title);
        // Its cells carry the column's style class: the stylesheet marks the title of a row that needs review.
        title.getStyleClass().add("title-column");
        TableColumn<PostSummary, PostSummary> fresh = new TableColumn<>("Freshness");
        fresh.setUserData(QueueSort.Column.FRESHNESS);
        fresh.setPrefWidth(130);
        fresh.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        fresh.setCellFactory(c -> new FreshnessCell());
        return List.of(title,
                column("Status", QueueSort.Column.STATUS, 90, PostSummary::status),
                column("Version", QueueSort.Column.VERSION, 90, PostSummary::version),
                fresh,
                column("Quality", QueueSort.Column.QUALITY, 70, r -> r.quality() == null ? "" : r.quality().toString()),
                column("Last reviewed", QueueSort.Column.LAST_REVIEWED, 120, r -> age(r.lastReviewed())),
                column("Views", QueueSort.Column.VIEW_COUNT, 90,
                        r -> r.viewCount() == null ? "" : String.format("%,d", r.viewCount())),
                column("Findings", QueueSort.Column.FINDINGS, 80, r -> r.findings() == 0 ? "" : String.valueOf(r.findings())),
                column("Assignee", QueueSort.Column.ASSIGNEE, 100, r -> r.assignee() == null ? "" : r.assignee()),
                column("Reading ease", QueueSort.Column.READABILITY, 90,
                        r -> r.readingEase() == null ? "" : r.readingEase().toString()),
                column("Comments", QueueSort.Column.OPEN_COMMENTS, 90,
                        r -> r.openComments() == 0 ? "" : String.valueOf(r.openComments())));
    }

    private static TableColumn<PostSummary, String> column(String name, QueueSort.Column sortBy, double width,
                                                           Function<PostSummary, String> value) {
        TableColumn<PostSummary, String> c = new TableColumn<>(name);
        c.setUserData(sortBy);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    /** The database sorts: the table's sort order becomes the queue's, and the first page is asked for again. */
    private void sortBy(List<TableColumn<PostSummary, ?>> order) {
        if (order.isEmpty()) {
            vm.sortProperty().set(QueueSort.PRIORITY);
        } else {
            TableColumn<PostSummary, ?> c = order.get(0);
            vm.sortProperty().set(new QueueSort((QueueSort.Column) c.getUserData(),
                    c.getSortType() == TableColumn.SortType.DESCENDING));
        }
        vm.refreshRows();
    }

    /** The header's arrow on the column the queue is sorted by, however the order was chosen (a saved view). */
    private void showSort(QueueSort sort) {
        TableColumn<PostSummary, ?> column = table.getColumns().stream()
                .filter(c -> c.getUserData() == sort.column()).findFirst().orElse(null);
        showingSort = true;
        try {
            if (column == null) {
                table.getSortOrder().clear();
            } else {
                column.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) table.getSortOrder().setAll(column);
            }
        } finally {
            showingSort = false;
        }
    }

    private void keyPressed(KeyEvent e) {
        QueueKeys.Key key = keyOf(e);
        if (key == null) return;
        var selection = table.getSelectionModel();
        List<Long> ids = selection.getSelectedItems().stream().map(PostSummary::id).toList();
        vm.keys().press(key, selection.getSelectedIndex(), ids).ifPresent(row -> {
            if (key.movesSelection()) selection.clearAndSelect(row);
            table.scrollTo(Math.max(0, selection.getSelectedIndex() - 3));
            e.consume();
        });
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

    /** A row that opens its post on a double click, marks itself when the post needs review, and loads more near the end. */
    private final class QueueRow extends TableRow<PostSummary> {
        QueueRow() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) vm.open(getItem().id());
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
            bar.pseudoClassStateChanged(STALE, item.freshness() <= vm.filters().thresholdProperty().get());
            number.setText(String.valueOf(item.freshness()));
            setGraphic(box);
        }
    }
}
