package org.reviewdesk.gui.history;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reviewdesk.service.RevisionDiff;

/**
 * A diff of two revisions: the meta field by field, then the body's changed lines side by side (left older, right
 * newer) with the changed words marked.
 */
final class RevisionDiffView {
    private final VBox fields = new VBox(2);
    private final GridPane body = new GridPane();
    private final ScrollPane root;

    RevisionDiffView() {
        body.setHgap(12);
        body.setVgap(2);
        body.setPadding(new Insets(8));
        VBox diffPane = new VBox(8, new Label("Fields"), fields, new Label("Body (left: older, right: newer)"), body);
        diffPane.setPadding(new Insets(8));
        root = new ScrollPane(diffPane);
        root.setFitToWidth(true);
    }

    Node getNode() {
        return root;
    }

    /** Shows {@code diff}; null shows nothing. */
    void show(RevisionDiff diff) {
        fields.getChildren().clear();
        body.getChildren().clear();
        if (diff == null) return;
        showFields(diff.fields());
        showBody(diff.body());
    }

    private void showFields(List<RevisionDiff.FieldChange> changes) {
        if (changes.isEmpty()) fields.getChildren().add(new Label("no field changed"));
        for (RevisionDiff.FieldChange f : changes) {
            Text path = new Text(f.path() + ": ");
            path.getStyleClass().add("diff-path");
            Text from = new Text(f.from() == null ? "(absent)" : f.from());
            from.getStyleClass().add("diff-removed");
            Text to = new Text(f.to() == null ? "(absent)" : f.to());
            to.getStyleClass().add("diff-added");
            fields.getChildren().add(new TextFlow(path, from, new Text("  →  "), to));
        }
    }

    private void showBody(List<RevisionDiff.Line> lines) {
        int row = 0;
        for (RevisionDiff.Line l : lines) {
            if (l.kind() == RevisionDiff.LineKind.SAME) continue;
            body.add(lineNumber(l.leftNumber()), 0, row);
            body.add(marked(l.left(), l.leftWords(), "diff-removed"), 1, row);
            body.add(lineNumber(l.rightNumber()), 2, row);
            body.add(marked(l.right(), l.rightWords(), "diff-added"), 3, row);
            row++;
        }
        if (row == 0) body.add(new Label("the bodies are the same"), 0, 0);
    }

    private static Label lineNumber(int n) {
        Label l = new Label(n == 0 ? "" : String.valueOf(n));
        l.getStyleClass().add("diff-line-number");
        return l;
    }

    private static TextFlow marked(String text, List<RevisionDiff.Range> ranges, String style) {
        TextFlow flow = new TextFlow();
        flow.setPrefWidth(480);
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
