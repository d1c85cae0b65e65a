package org.reviewdesk.gui.meta;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An ordered list (checklist, notes): edit an entry in place, add one, remove, move up and down. */
final class StringListEditor {
    private final VBox node;
    private final ListView<String> view;

    /** @param field the list's JSON name; its entry field is {@code #meta-<field>-entry} */
    StringListEditor(ObservableList<String> items, String field, String what) {
        view = new ListView<>(items);
        view.setEditable(true);
        view.setCellFactory(TextFieldListCell.forListView());
        view.setPrefHeight(150);
        view.setOnEditCommit(e -> items.set(e.getIndex(), e.getNewValue()));
        TextField entry = new TextField();
        entry.setId(FieldControls.idOf(field) + "-entry");
        view.setId(FieldControls.idOf(field));
        entry.setPromptText("New " + what + ", then Enter");
        Button add = new Button("Add");
        Runnable adding = () -> {
            if (!entry.getText().isBlank()) {
                items.add(entry.getText().strip());
                entry.clear();
            }
        };
        entry.setOnAction(e -> adding.run());
        add.setOnAction(e -> adding.run());
        Button remove = button("Remove", () -> {
            int i = selected();
            if (i >= 0) items.remove(i);
        });
        Button up = button("Up", () -> moveSelected(items, -1));
        Button down = button("Down", () -> moveSelected(items, 1));
        remove.disableProperty().bind(view.getSelectionModel().selectedIndexProperty().lessThan(0));
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        HBox.setHgrow(entry, Priority.ALWAYS);
        node = new VBox(6, view, new HBox(6, entry, add), new HBox(6, up, down, remove));
    }

    private int selected() {
        return view.getSelectionModel().getSelectedIndex();
    }

    private void moveSelected(ObservableList<String> items, int by) {
        int i = selected();
        move(items, i, by);
        int to = Math.max(0, Math.min(items.size() - 1, i + by));
        view.getSelectionModel().clearAndSelect(to);
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    ListView<String> list() {
        return view;
    }

    Node node() {
        return node;
    }

    /** Moves an entry of an ordered list one place up (-1) or down (+1); does nothing at either end. */
    static <T> void move(ObservableList<T> list, int index, int by) {
        int to = index + by;
        if (index < 0 || index >= list.size() || to < 0 || to >= list.size()) return;
        // One change, not two sets: in between, the list would hold the entry twice and report a duplicate.
        List<T> moved = new java.util.ArrayList<>(list);
        java.util.Collections.swap(moved, index, to);
        list.setAll(moved);
    }
}
