package org.reviewdesk.gui.meta;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Builds the labelled rows of a group and remembers which control shows which JSON path, so that a
 * problem can be decorated on its field.
 */
final class FieldControls {
    private final MetaPanelViewModel form;
    private final Map<String, Control> byField = new LinkedHashMap<>();

    FieldControls(MetaPanelViewModel form) {
        this.form = form;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("meta-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    private static final double USE_PREF = javafx.scene.layout.Region.USE_PREF_SIZE;

    TextField textField(String field) {
        TextField t = new TextField();
        NullableText.bind(t, form.text(field));
        return register(field, t);
    }

    TextArea textArea(String field) {
        TextArea t = tabbingTextArea(3);
        NullableText.bind(t, form.text(field));
        return register(field, t);
    }

    /** A wrapping text area that Tab leaves, like every other field of the form. */
    static TextArea tabbingTextArea(int rows) {
        TextArea t = new TextArea();
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        // In a form, Tab moves on (a tab character in a summary is never wanted): the text area's own
        // Ctrl+Tab traversal does that, so a plain Tab is passed on as Ctrl+Tab.
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                t.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return t;
    }

    <C extends Control> C register(String field, C control) {
        byField.put(field, control);
        control.setId(idOf(field));
        return control;
    }

    /** The node id of a field's control: {@code entities[0].type} is {@code #meta-entities-0-type}. */
    static String idOf(String field) {
        return "meta-" + field.replace('.', '-').replace('_', '-').replace('[', '-').replace("]", "");
    }

    /** Adds "label | node" as the next row of {@code grid}. */
    static void row(GridPane grid, String label, Node node) {
        int row = grid.getRowCount();
        Label l = new Label(label);
        l.getStyleClass().add("meta-label");
        if (node instanceof Control c) l.setLabelFor(c);
        GridPane.setHalignment(l, HPos.RIGHT);
        grid.add(l, 0, row);
        grid.add(node, 1, row);
        GridPane.setHgrow(node, Priority.ALWAYS);
    }

    Map<String, Control> byField() {
        return byField;
    }
}
