package org.reviewdesk.gui.history;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reviewdesk.service.RevisionDiff;

/**
 * A diff of two states of a post: the meta fields side by side (older value | newer value), then the body's changed
 * lines side by side (left older, right newer) with the changed words marked. While the newer side is the post as it
 * is now, each changed field and each change of the body offers to take it back.
 */
public final class RevisionDiffView {
    static final String TAKE_BACK = "Take this back";

    private final GridPane fields = grid();
    private final GridPane body = grid();
    private final ScrollPane root;
    private final IntConsumer takeBackHunk;
    private final Consumer<String> takeBackField;
    private final double lineWidth;

    RevisionDiffView(IntConsumer takeBackHunk, Consumer<String> takeBackField) {
        this(takeBackHunk, takeBackField, "Body (left: older, right: newer)", 480);
    }

    private RevisionDiffView(IntConsumer takeBackHunk, Consumer<String> takeBackField, String bodyHeading, double lineWidth) {
        this.takeBackHunk = takeBackHunk;
        this.takeBackField = takeBackField;
        this.lineWidth = lineWidth;
        VBox diffPane = new VBox(8, new Label("Fields"), fields, new Label(bodyHeading), body);
        diffPane.setPadding(new Insets(8));
        root = new ScrollPane(diffPane);
        root.setFitToWidth(true);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        grid.setPadding(new Insets(8));
        return grid;
    }

    /**
     * A diff that only shows (nothing to take back), its columns {@code lineWidth} wide: where two diffs stand side by
     * side, as mine and theirs after a conflict.
     */
    public static RevisionDiffView readOnly(String bodyHeading, double lineWidth) {
        return new RevisionDiffView(i -> { }, p -> { }, bodyHeading, lineWidth);
    }

    public Node getNode() {
        return root;
    }

    /** Shows {@code diff}, with take-back buttons when {@code canTakeBack}; null shows nothing. */
    public void show(RevisionDiff diff, boolean canTakeBack) {
        fields.getChildren().clear();
        body.getChildren().clear();
        if (diff == null) return;
        showFields(diff, canTakeBack);
        showBody(diff, canTakeBack);
    }

    private void showFields(RevisionDiff diff, boolean canTakeBack) {
        if (diff.fields().isEmpty()) {
            fields.add(new Label("no field changed"), 0, 0);
            return;
        }
        fields.addRow(0, heading("field"), heading(diff.fromVersion()), heading(diff.toVersion()));
        int row = 1;
        for (RevisionDiff.FieldChange f : diff.fields()) {
            Text path = new Text(f.path());
            path.getStyleClass().add("diff-path");
            fields.addRow(row, path, value(f.from(), "diff-removed", lineWidth * 0.75),
                    value(f.to(), "diff-added", lineWidth * 0.75));
            if (canTakeBack) fields.add(takeBackButton(() -> takeBackField.accept(f.path())), 3, row);
            row++;
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("diff-heading");
        return l;
    }

    private static TextFlow value(String value, String style, double width) {
        Text t = new Text(value == null ? "(absent)" : value);
        t.getStyleClass().add(style);
        TextFlow flow = new TextFlow(t);
        flow.setPrefWidth(width);
        return flow;
    }

    private void showBody(RevisionDiff diff, boolean canTakeBack) {
        List<RevisionDiff.Hunk> hunks = diff.hunks();
        int row = 0;
        for (int i = 0; i < hunks.size(); i++) {
            RevisionDiff.Hunk h = hunks.get(i);
            int index = i;
            body.add(heading("Change " + (i + 1)), 0, row, 2, 1);
            if (canTakeBack) body.add(takeBackButton(() -> takeBackHunk.accept(index)), 3, row);
            row++;
            for (RevisionDiff.Line l : diff.body().subList(h.firstRow(), h.firstRow() + h.rows())) {
                body.add(lineNumber(l.leftNumber()), 0, row);
                body.add(marked(l.left(), l.leftWords(), "diff-removed", lineWidth), 1, row);
                body.add(lineNumber(l.rightNumber()), 2, row);
                body.add(marked(l.right(), l.rightWords(), "diff-added", lineWidth), 3, row);
                row++;
            }
        }
        if (row == 0) body.add(new Label("the bodies are the same"), 0, 0);
    }

    private static Button takeBackButton(Runnable action) {
        Button b = new Button(TAKE_BACK);
        b.getStyleClass().add("take-back");
        // Its label whole: the values beside it wrap or shorten instead ("Ta…" said nothing of what it does).
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label lineNumber(int n) {
        Label l = new Label(n == 0 ? "" : String.valueOf(n));
        l.getStyleClass().add("diff-line-number");
        return l;
    }

    private static TextFlow marked(String text, List<RevisionDiff.Range> ranges, String style, double width) {
        TextFlow flow = new TextFlow();
        flow.setPrefWidth(width);
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
