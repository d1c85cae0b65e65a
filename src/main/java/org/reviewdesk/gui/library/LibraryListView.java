package org.reviewdesk.gui.library;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.reviewdesk.gui.task.Tooltips;

/**
 * The library list on the left: search field, count, and the rows. Rows come from the store in its
 * order, a page at a time; the list asks for the next page when its last row comes into view.
 */
public final class LibraryListView {
    private final LibraryListViewModel model;
    private final TextField search = new TextField();
    private final ListView<PostRow> list = new ListView<>();
    private final ToggleButton trash = new ToggleButton();
    private final VBox root;

    public LibraryListView(LibraryListViewModel model, LongConsumer open) {
        this.model = model;
        search.setPromptText("Search title, topic, reference, text");
        search.setId("library-search");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("library-count");
        count.textProperty().bind(model.countTextProperty());
        trash.setGraphic(new FontIcon(Feather.TRASH_2));
        trash.setId("show-trash");
        trash.selectedProperty().bindBidirectional(model.showingTrashProperty());
        Tooltips.install(trash, "Show the trash");
        // A long line (an opening's "Upgrading the library…") wraps instead of ending in an ellipsis.
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox countRow = new HBox(6, count, trash);
        countRow.setAlignment(Pos.CENTER_LEFT);
        list.setId("library-list");
        list.setItems(model.rows());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new PostRowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !model.showingTrashProperty().get() && list.getSelectionModel().getSelectedItems().size() == 1) {
                open.accept(now.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, search, countRow, list);
        root.getStyleClass().add("library-pane");
    }

    public Node getNode() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public List<Long> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream().map(PostRow::id).toList();
    }

    /** Selects the row of post {@code id} if it is loaded (opening it through the selection listener). */
    public void select(long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    /** Moves the selection by {@code delta} rows (next and previous post). */
    public void move(int delta) {
        int size = list.getItems().size();
        if (size == 0) return;
        int at = list.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + delta));
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(next);
    }

    /** One row: title, then status, version, freshness and a needs-review marker. */
    private final class PostRowCell extends ListCell<PostRow> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final FontIcon marker = new FontIcon(Feather.ALERT_CIRCLE);
        private final VBox box;

        PostRowCell() {
            title.getStyleClass().add("row-title");
            details.getStyleClass().add("row-details");
            marker.getStyleClass().add("needs-review-marker");
            Tooltips.install(marker, "Needs human review");
            HBox top = new HBox(6, marker, title);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, details);
            box.setMinWidth(0);
            // A cell as wide as the list, so long titles end in an ellipsis instead of a horizontal scroll bar.
            setPrefWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(PostRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title().isBlank() ? "(untitled)" : row.title());
            details.setText(String.join(" \u00b7 ", java.util.stream.Stream.of(
                    row.status(), row.version() == null ? null : "v" + row.version(),
                    row.freshness() == null ? null : "freshness " + row.freshness())
                    .filter(s -> s != null && !s.isBlank()).toList()));
            marker.setVisible(row.needsHumanReview());
            marker.setManaged(row.needsHumanReview());
            setGraphic(box);
            if (getIndex() == getListView().getItems().size() - 1) model.loadMore();
        }
    }
}
