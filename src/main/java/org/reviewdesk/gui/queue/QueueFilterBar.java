package org.reviewdesk.gui.queue;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The queue's filters and its live counts. A switch or a chosen status asks for the queue again at once; a typed
 * text when it is confirmed or left; the threshold slider once it pauses.
 */
final class QueueFilterBar {
    private final QueueViewModel vm;
    private final QueueFilters filters;
    private final PauseTransition sliderPause = new PauseTransition(Duration.millis(150));
    private final VBox root;

    QueueFilterBar(QueueViewModel vm) {
        this.vm = vm;
        this.filters = vm.filters();
        CheckBox needs = new CheckBox("Needs human review");
        needs.selectedProperty().bindBidirectional(filters.needsReviewProperty());
        CheckBox stale = new CheckBox("Freshness at most");
        stale.selectedProperty().bindBidirectional(filters.staleOnProperty());
        Slider slider = thresholdSlider(stale);
        Label value = new Label();
        value.textProperty().bind(filters.thresholdProperty().asString());
        value.setMinWidth(28);
        ComboBox<String> status = statusChoice();
        CheckBox findings = new CheckBox("With findings");
        findings.selectedProperty().bindBidirectional(filters.withFindingsProperty());
        for (var p : List.of(needs.selectedProperty(), stale.selectedProperty(), status.valueProperty(), findings.selectedProperty())) {
            p.addListener((o, was, now) -> vm.refresh());
        }
        TextField tag = textFilter("stack or tool", 10);
        tag.textProperty().bindBidirectional(filters.stackOrToolProperty());
        TextField who = textFilter("assignee", 8);
        who.textProperty().bindBidirectional(filters.assigneeProperty());
        HBox bar = new HBox(8, needs, stale, slider, value, status, tag, who, findings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        root = new VBox(bar, counts());
    }

    private Slider thresholdSlider(CheckBox staleOn) {
        Slider slider = new Slider(0, 100, filters.thresholdProperty().get());
        slider.setId("queue-threshold");
        slider.setMajorTickUnit(20);
        slider.setBlockIncrement(5);
        slider.setPrefWidth(180);
        slider.disableProperty().bind(staleOn.selectedProperty().not());
        slider.valueProperty().addListener((o, was, now) -> {
            filters.thresholdProperty().set((int) Math.round(now.doubleValue()));
            // Coalesce: a dragged slider asks once it pauses, not for every pixel.
            sliderPause.setOnFinished(e -> vm.refresh());
            sliderPause.playFromStart();
        });
        return slider;
    }

    private ComboBox<String> statusChoice() {
        ComboBox<String> status = new ComboBox<>();
        status.getItems().setAll("", "drafted", "in review", "reviewed", "published");
        status.setEditable(true);
        status.setPromptText("any status");
        status.valueProperty().bindBidirectional(filters.statusProperty());
        return status;
    }

    /** A text filter that asks for the queue again when confirmed with Enter or left. */
    private TextField textFilter(String prompt, int columns) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.setOnAction(e -> vm.refresh());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) vm.refresh();
        });
        return field;
    }

    private Node counts() {
        Label counts = new Label();
        counts.setId("queue-counts");
        counts.textProperty().bind(vm.countsProperty());
        counts.getStyleClass().add("queue-counts");
        HBox countsBar = new HBox(counts);
        countsBar.setPadding(new Insets(0, 8, 4, 8));
        return countsBar;
    }

    Node getNode() {
        return root;
    }
}
