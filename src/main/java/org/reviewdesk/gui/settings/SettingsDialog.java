package org.reviewdesk.gui.settings;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Settings…: which checks the library runs (a check turned off from the findings panel is turned back on
 * here), the library's settings, and this computer's preferences. OK writes what changed and closes; a value a
 * setting does not take keeps the dialog open with the reason under the field.
 */
public final class SettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SettingsViewModel model;

    public SettingsDialog(Window owner, SettingsViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Label failure = new Label();
        failure.setId("settings-failure");
        failure.textProperty().bind(model.failureProperty());
        failure.getStyleClass().add("danger");
        TabPane tabs = new TabPane(new Tab("Checks", checks()), new Tab("Library", library()), new Tab("This computer", computer()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(620, 460);
        dialog.getDialogPane().setContent(new VBox(8, tabs, failure));
    }

    /** Shows the dialog; {@code applied} hears what was written once OK has written it. */
    public void show(Consumer<SettingsViewModel.Applied> applied) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("settings-ok");
        ok.disableProperty().bind(model.loadedProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closed once the background write is done, not before
            model.apply(done -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                applied.accept(done);
            });
        });
        model.load();
        dialog.show();
    }

    private Node checks() {
        VBox rows = new VBox(6);
        rows.setPadding(new Insets(10));
        Label hint = new Label("The checks this library runs on every post. A change checks the whole library again.");
        hint.setWrapText(true);
        model.checks().addListener((javafx.collections.ListChangeListener<SettingsViewModel.CheckToggle>) c -> {
            rows.getChildren().setAll(hint);
            for (SettingsViewModel.CheckToggle t : model.checks()) {
                CheckBox box = new CheckBox(t.id() + "  (" + t.severity() + ")");
                box.setId("check-toggle-" + t.id());
                box.setMnemonicParsing(false);
                box.selectedProperty().bindBidirectional(t.enabled());
                rows.getChildren().add(box);
            }
        });
        return new ScrollPane(rows);
    }

    private Node library() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(10));
        model.settings().addListener((javafx.collections.ListChangeListener<SettingsViewModel.SettingField>) c -> {
            grid.getChildren().clear();
            int row = 0;
            for (SettingsViewModel.SettingField f : model.settings()) {
                TextField value = new TextField();
                value.setId("setting-" + f.setting().name().replace('.', '-'));
                value.setPromptText(f.setting().defaultValue().isEmpty() ? "(empty)" : f.setting().defaultValue());
                value.textProperty().bindBidirectional(f.value());
                Label about = new Label(f.setting().description());
                about.setWrapText(true);
                about.getStyleClass().add("text-muted");
                Label problem = new Label();
                problem.textProperty().bind(f.problem());
                problem.getStyleClass().add("danger");
                grid.addRow(row++, new Label(f.setting().name()), value);
                grid.add(new VBox(2, about, problem), 1, row++);
            }
        });
        return new ScrollPane(grid);
    }

    private Node computer() {
        Spinner<Integer> minutes = new Spinner<>(1, 240, model.autoRevisionMinutesProperty().get());
        minutes.setId("auto-revision-minutes");
        minutes.setEditable(true);
        minutes.valueProperty().addListener((o, was, now) -> {
            if (now != null) model.autoRevisionMinutesProperty().set(now);
        });
        Label about = new Label("While you edit a post, its text is kept as an automatic revision at most this often "
                + "(minutes), so the history can take you back. A preference of this computer, not of the library.");
        about.setWrapText(true);
        about.getStyleClass().add("text-muted");
        VBox box = new VBox(8, new Label("Keep an automatic revision every"), minutes, about);
        box.setPadding(new Insets(10));
        return box;
    }
}
