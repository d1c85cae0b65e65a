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
import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckComboBox;

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
        CheckBox comments = new CheckBox("With open comments");
        comments.setId("queue-open-comments");
        comments.selectedProperty().bindBidirectional(filters.withOpenCommentsProperty());
        for (var p : List.of(needs.selectedProperty(), stale.selectedProperty(), status.valueProperty(), findings.selectedProperty(),
                comments.selectedProperty())) {
            p.addListener((o, was, now) -> vm.refresh());
        }
        TextField tag = textFilter("stack or tool", 10);
        tag.textProperty().bindBidirectional(filters.stackOrToolProperty());
        HBox bar = new HBox(8, needs, stale, slider, value, status, tag, assigneeChoice(), findings, comments);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        root = new VBox(bar, narrowing(), counts());
    }

    /** The second row: open findings of some checks or a severity, upper bounds of the scores and reading time. */
    private Node narrowing() {
        CheckComboBox<String> checks = new CheckComboBox<>(filters.checkChoices());
        checks.setId("queue-checks");
        checks.setTitle("any finding");
        checks.setPrefWidth(200);
        // Both ways: a tick narrows the queue; a saved view applied ticks its checks.
        boolean[] syncing = {false};
        checks.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            List<String> ticked = List.copyOf(checks.getCheckModel().getCheckedItems());
            if (syncing[0] || ticked.equals(filters.checks())) return;
            filters.checks().setAll(ticked);
            vm.refresh();
        });
        filters.checks().addListener((ListChangeListener<String>) c -> {
            if (filters.checks().equals(checks.getCheckModel().getCheckedItems())) return;
            syncing[0] = true;
            checks.getCheckModel().clearChecks();
            filters.checks().forEach(checks.getCheckModel()::check);
            syncing[0] = false;
        });
        ComboBox<String> severity = choice("queue-severity", "any severity", filters.severityProperty(),
                "", "error", "warning", "info");
        ComboBox<String> difficulty = choice("queue-difficulty", "any difficulty", filters.difficultyProperty(),
                "", "beginner", "intermediate", "advanced");
        HBox row = new HBox(8, new Label("Findings of"), checks, severity, bound("quality \u2264", "queue-max-quality",
                filters.maxQualityProperty()), bound("depth \u2264", "queue-max-depth", filters.maxDepthProperty()),
                bound("clarity \u2264", "queue-max-clarity", filters.maxClarityProperty()),
                bound("minutes \u2264", "queue-max-reading-time", filters.maxReadingTimeProperty()),
                bound("reading ease \u2264", "queue-max-reading-ease", filters.maxReadingEaseProperty()), difficulty);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 8, 8, 8));
        return row;
    }

    private ComboBox<String> choice(String id, String prompt, javafx.beans.property.StringProperty value, String... items) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setPromptText(prompt);
        box.valueProperty().bindBidirectional(value);
        box.valueProperty().addListener((o, was, now) -> vm.refresh());
        return box;
    }

    /** A labelled upper bound typed as a whole number; it asks for the queue again when confirmed or left. */
    private Node bound(String label, String id, javafx.beans.property.StringProperty value) {
        TextField field = textFilter("any", 3);
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        HBox box = new HBox(4, new Label(label), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Anyone, nobody, the user, or a name the library's posts are assigned to (a name may be typed too). */
    private ComboBox<String> assigneeChoice() {
        ComboBox<String> who = new ComboBox<>(filters.assigneeChoices());
        who.setId("queue-assignee");
        who.setEditable(true);
        who.setPromptText("anyone");
        who.setPrefWidth(130);
        who.valueProperty().bindBidirectional(filters.assigneeProperty());
        who.valueProperty().addListener((o, was, now) -> vm.refresh());
        return who;
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
        Label perCheck = new Label();
        perCheck.setId("queue-finding-counts");
        perCheck.textProperty().bind(filters.findingCountsProperty());
        perCheck.getStyleClass().add("queue-counts");
        // The queue's own counts always show whole; the per-check counts take what room is left, whole in a tooltip.
        counts.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(filters.findingCountsProperty());
        perCheck.setTooltip(whole);
        HBox countsBar = new HBox(16, counts, perCheck);
        countsBar.setPadding(new Insets(0, 8, 4, 8));
        return countsBar;
    }

    Node getNode() {
        return root;
    }
}
