package org.reviewdesk.gui.conflict;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reviewdesk.gui.history.RevisionDiffView;

/**
 * The two versions of a post after a refused save, side by side: on the left what you changed since you opened it,
 * on the right what they changed since then, each field by field and line by line; below, the three choices. It
 * closes only through a choice, so that the editor never drops the text it holds.
 */
public final class ConflictDialog {
    static final String KEEP_MINE = "Keep mine as a new revision";
    static final String TAKE_THEIRS = "Take theirs";
    static final String MERGE = "Merge";
    private static final double LINE_WIDTH = 270;

    private final ConflictViewModel vm;
    private final Stage stage = new Stage();
    private final RevisionDiffView mine = RevisionDiffView.readOnly("Body (left: as you opened it, right: yours)", LINE_WIDTH);
    private final RevisionDiffView theirs = RevisionDiffView.readOnly("Body (left: as you opened it, right: theirs)", LINE_WIDTH);

    public ConflictDialog(Window owner, ConflictViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        if (owner != null) stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Someone else saved this post \u2014 " + vm.title());
        SplitPane sides = new SplitPane(side("Yours: what you changed since you opened it", mine),
                side("Theirs: what they saved meanwhile", theirs));
        sides.setOrientation(Orientation.HORIZONTAL);
        BorderPane root = new BorderPane(sides);
        root.setTop(header());
        root.setBottom(choices());
        root.getStyleClass().addAll("history-dialog", "conflict-dialog");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> e.consume());
        vm.comparisonProperty().addListener((o, was, now) -> {
            mine.show(now == null ? null : now.mine(), false);
            theirs.show(now == null ? null : now.theirs(), false);
        });
    }

    public void show() {
        vm.compare();
        stage.show();
    }

    /** Closes the dialog once a choice was carried out. */
    public void close() {
        stage.close();
    }

    private Node header() {
        Label what = new Label("Someone else saved \u201c" + vm.title() + "\u201d while you were editing it. "
                + "Nothing is lost: choose what the post keeps; the version it does not keep stays in its history.");
        what.setWrapText(true);
        what.getStyleClass().add("conflict-header");
        BorderPane.setMargin(what, new Insets(10, 12, 6, 12));
        return what;
    }

    private static Node side(String title, RevisionDiffView diff) {
        Label heading = new Label(title);
        heading.getStyleClass().add("conflict-side");
        VBox box = new VBox(4, heading, diff.getNode());
        box.setPadding(new Insets(4, 6, 4, 6));
        VBox.setVgrow(diff.getNode(), Priority.ALWAYS);
        return box;
    }

    private Node choices() {
        Button keepMine = button(KEEP_MINE, vm::keepMine);
        Button takeTheirs = button(TAKE_THEIRS, vm::takeTheirs);
        Button merge = button(MERGE, vm::merge);
        merge.disableProperty().bind(vm.canMergeProperty().not().or(vm.busyProperty()));
        merge.setDefaultButton(true);
        Label note = new Label();
        note.textProperty().bind(vm.mergeNoteProperty());
        note.setWrapText(true);
        note.setId("conflict-merge-note");
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("conflict-message");
        HBox buttons = new HBox(10, keepMine, takeTheirs, merge);
        VBox bottom = new VBox(6, note, message, buttons);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        return bottom;
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(vm.busyProperty());
        return b;
    }
}
