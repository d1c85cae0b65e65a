package org.reviewdesk.gui.editor;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** Find and replace over the editor, with a match count; Escape closes it and returns to the text. */
final class FindBar {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label count = new Label();
    private final HBox replaceRow;
    private final VBox root;
    private List<TextSearch.Match> matches = List.of();
    private int current = -1;

    private final java.util.function.Consumer<String> replaceWhole;

    /** @param replaceWhole replaces the whole text in one edit, styled again from scratch */
    FindBar(CodeArea area, java.util.function.Consumer<String> replaceWhole) {
        this.area = area;
        this.replaceWhole = replaceWhole;
        find.setPromptText("Find");
        find.setId("find-field");
        replace.setPromptText("Replace with");
        replace.setId("replace-field");
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button next = new Button("Next");
        next.setOnAction(e -> step(1));
        Button previous = new Button("Previous");
        previous.setOnAction(e -> step(-1));
        Button close = new Button("Close");
        close.setOnAction(e -> hide());
        Button replaceOne = new Button("Replace");
        replaceOne.setOnAction(e -> replaceCurrent());
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("replace-all");
        replaceAll.setOnAction(e -> replaceAll());
        HBox findRow = new HBox(6, find, count, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replace, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, findRow, replaceRow);
        root.getStyleClass().add("find-bar");
        find.textProperty().addListener((o, was, now) -> search(true));
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) step(e.isShiftDown() ? -1 : 1);
            if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        setVisible(false, false);
    }

    Node getNode() {
        return root;
    }

    void show(boolean withReplace) {
        setVisible(true, withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) find.setText(selected);
        find.requestFocus();
        find.selectAll();
        search(false);
    }

    private void hide() {
        setVisible(false, false);
        area.requestFocus();
    }

    private void setVisible(boolean visible, boolean withReplace) {
        root.setVisible(visible);
        root.setManaged(visible);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    /** The text changed under the bar: recount, but never move the caret while the user types. */
    void textChanged() {
        if (root.isVisible()) search(false);
    }

    private void search(boolean select) {
        matches = TextSearch.find(area.getText(), find.getText());
        current = TextSearch.next(matches, area.getSelection().getStart());
        if (select && current >= 0) select();
        updateCount();
    }

    private void step(int direction) {
        if (matches.isEmpty()) return;
        current = Math.floorMod(current + direction, matches.size());
        select();
        updateCount();
    }

    private void select() {
        TextSearch.Match m = matches.get(current);
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
    }

    private void replaceCurrent() {
        if (current < 0 || matches.isEmpty()) return;
        TextSearch.Match m = matches.get(current);
        area.replaceText(m.start(), m.end(), replace.getText());
        area.moveTo(m.start() + replace.getText().length());
        search(true);
    }

    private void replaceAll() {
        if (matches.isEmpty()) return;
        // One edit, so that one undo brings every replaced match back.
        replaceWhole.accept(TextSearch.replaceAll(area.getText(), matches, replace.getText()));
        search(false);
    }

    private void updateCount() {
        if (find.getText().isEmpty()) count.setText("");
        else if (matches.isEmpty()) count.setText("No matches");
        else count.setText((current + 1) + " of " + matches.size());
    }
}
