package org.reviewdesk.gui.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A small editable table (entities, image sources, other fields): one text field per cell, so every cell
 * is reached with Tab and problems can be shown on the cell. Cells are kept and rebound when rows change
 * (opening another post), because creating and styling fresh controls costs more than a frame; nothing
 * changes while a cell is typed in, so the focus stays where the user is.
 */
final class RowTable<R> {
    /** A column: its header, the JSON name of its field ({@code url}), the row's property, and whether it has lines. */
    record Column<R>(String header, String field, Function<R, StringProperty> property, boolean multiline) {
    }

    /** The controls of one row, and how to let go of the row they show. */
    private final class RowCells {
        final List<TextInputControl> cells = new ArrayList<>();
        final List<Runnable> unbind = new ArrayList<>();
        final StackPane extra = new StackPane();
        final Button remove = new Button("\u00d7");
        int index;

        RowCells() {
            for (Column<R> column : columns) cells.add(column.multiline() ? multiline() : narrowField());
            remove.getStyleClass().add("small");
            remove.setOnAction(e -> rows.remove(index));
        }

        void show(int rowIndex, R row) {
            index = rowIndex;
            unbind.forEach(Runnable::run);
            unbind.clear();
            for (int c = 0; c < columns.size(); c++) {
                TextInputControl cell = cells.get(c);
                unbind.add(NullableText.bindUntilUndone(cell, columns.get(c).property().apply(row)));
                String key = path + "[" + rowIndex + "]." + columns.get(c).field();
                byField.put(key, cell);
                cell.setId(FieldControls.idOf(key));
                // Duplicates are reported on the whole row (entities[2], extra[1]): shown on its first cell.
                if (c == 0) byField.put(path + "[" + rowIndex + "]", cell);
            }
            remove.setAccessibleText("Remove row " + (rowIndex + 1));
            extra.getChildren().setAll(extraCell == null ? List.of() : List.of(extraCell.apply(row)));
        }
    }

    private final VBox node;
    private final GridPane grid = new GridPane();
    private final ObservableList<R> rows;
    private final List<Column<R>> columns;
    private final String path;
    private final Map<String, Control> byField;
    private final List<RowCells> shown = new ArrayList<>();
    private final Label none = new Label("none");
    private Function<R, Node> extraCell;

    /** @param path the JSON path of the list ({@code image_sources}); cells are registered as {@code path[i].field} */
    RowTable(ObservableList<R> rows, List<Column<R>> columns, String path, Map<String, Control> byField,
             String addLabel, Runnable add) {
        this.rows = rows;
        this.columns = columns;
        this.path = path;
        this.byField = byField;
        grid.setHgap(4);
        grid.setVgap(4);
        grid.getStyleClass().add("meta-table");
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            // The text columns share most of the panel; the thumbnail and remove columns take what is left.
            cc.setPercentWidth(85.0 / columns.size());
            grid.getColumnConstraints().add(cc);
            Label header = new Label(columns.get(c).header());
            header.getStyleClass().add("meta-table-header");
            grid.add(header, c, 0);
        }
        Button addButton = new Button(addLabel);
        addButton.setOnAction(e -> add.run());
        rows.addListener((ListChangeListener<R>) c -> {
            boolean structural = false;
            while (c.next()) structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            if (structural) rebuild();
        });
        node = new VBox(6, grid, addButton);
        rebuild();
    }

    /** A last, read-only cell per row (the image thumbnail). */
    void setExtraCell(Function<R, Node> cell) {
        this.extraCell = cell;
        rebuild();
    }

    void rebuild() {
        byField.keySet().removeIf(k -> k.startsWith(path + "["));
        while (shown.size() > rows.size()) {
            RowCells gone = shown.remove(shown.size() - 1);
            gone.unbind.forEach(Runnable::run);
            grid.getChildren().removeAll(gone.cells);
            grid.getChildren().removeAll(gone.extra, gone.remove);
        }
        while (shown.size() < rows.size()) {
            RowCells added = new RowCells();
            int r = shown.size() + 1;
            for (int c = 0; c < columns.size(); c++) grid.add(added.cells.get(c), c, r);
            grid.add(added.extra, columns.size(), r);
            grid.add(added.remove, columns.size() + 1, r);
            shown.add(added);
        }
        for (int r = 0; r < rows.size(); r++) shown.get(r).show(r, rows.get(r));
        grid.getChildren().remove(none);
        if (rows.isEmpty()) grid.add(none, 0, 1);
    }

    private static TextField narrowField() {
        TextField field = new TextField();
        // Columns share the panel's width; the text's own width would push the table out of it.
        field.setPrefColumnCount(4);
        field.setMinWidth(40);
        return field;
    }

    private static TextArea multiline() {
        TextArea area = FieldControls.tabbingTextArea(2);
        area.setPrefColumnCount(10);
        return area;
    }

    Node node() {
        return node;
    }
}
