package org.reviewdesk.gui.review;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.reviewdesk.gui.task.Tooltips;
import org.reviewdesk.service.ReviewService;

/** A small section under the meta box: the review checklist of the open post, one check box per item. */
public final class ReviewChecklistView {
    private final ReviewChecklistViewModel vm;
    private final VBox boxes = new VBox(4);
    private final TitledPane pane;

    /** The meta box, and under it the open post's review checklist when the library keeps one. */
    public static Node belowMeta(Node meta, ReviewChecklistViewModel checklist) {
        if (checklist == null) return meta;
        VBox pane = new VBox(meta, new ReviewChecklistView(checklist).getNode());
        VBox.setVgrow(meta, javafx.scene.layout.Priority.ALWAYS);
        return pane;
    }

    public ReviewChecklistView(ReviewChecklistViewModel vm) {
        this.vm = vm;
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        VBox content = new VBox(6, boxes, message);
        content.setPadding(new Insets(6, 8, 6, 8));
        pane = new TitledPane("Review checklist", content);
        pane.setId("review-checklist");
        // As wide as the meta box above it, never wider: a long item or message wraps instead of widening the column.
        pane.setMinWidth(0);
        pane.setPrefWidth(0);
        pane.getStyleClass().add("review-checklist");
        Tooltips.install(pane, "Every item must be ticked before the post may be marked reviewed; "
                + "each tick is kept in the post's history");
        vm.items().addListener((ListChangeListener<ReviewService.ChecklistItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        boxes.getChildren().clear();
        for (ReviewService.ChecklistItem item : vm.items()) {
            CheckBox box = new CheckBox(item.item());
            box.setSelected(item.ticked());
            box.setWrapText(true);
            if (item.ticked()) Tooltips.install(box, "Ticked by " + item.tickedBy());
            box.setOnAction(e -> vm.setTicked(item.item(), box.isSelected()));
            boxes.getChildren().add(box);
        }
    }

    public Node getNode() {
        return pane;
    }
}
