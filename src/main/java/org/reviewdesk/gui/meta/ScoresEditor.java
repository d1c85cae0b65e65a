package org.reviewdesk.gui.meta;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaGroup;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The four scores: a slider and a number field each, kept in step, and four bars side by side. An absent
 * score shows an empty field and a slider at rest; only moving the slider or typing gives it a value.
 */
final class ScoresEditor {
    private static final double BAR_HEIGHT = 60;
    private final VBox node;

    ScoresEditor(MetaPanelViewModel form, FieldControls fields) {
        GridPane grid = FieldControls.grid();
        HBox chart = new HBox(10);
        chart.getStyleClass().add("meta-score-chart");
        chart.setAlignment(Pos.BOTTOM_LEFT);
        for (MetaField f : MetaFields.inGroup(MetaGroup.SCORES)) {
            String field = f.path();
            String name = f.label();
            StringProperty value = form.text(field);
            TextField number = fields.textField(field);
            number.setPrefColumnCount(3);
            Slider slider = new Slider(0, 100, 0);
            slider.setAccessibleText(name + " score");
            bindSlider(slider, value);
            HBox.setHgrow(slider, javafx.scene.layout.Priority.ALWAYS);
            FieldControls.row(grid, name, new HBox(6, slider, number));
            chart.getChildren().add(bar(name, value));
        }
        node = new VBox(8, grid, chart);
    }

    private static void bindSlider(Slider slider, StringProperty value) {
        boolean[] updating = {false};
        // A wrong number leaves the slider where it was; an absent score puts it at rest.
        Runnable show = () -> {
            if (value.get() != null && !valid(value.get())) return;
            updating[0] = true;
            slider.setValue(value.get() == null ? 0 : Integer.parseInt(value.get().trim()));
            updating[0] = false;
        };
        show.run();
        value.addListener((o, was, now) -> show.run());
        slider.valueProperty().addListener((o, was, now) -> {
            if (updating[0]) return;
            String typed = Integer.toString((int) Math.round(now.doubleValue()));
            if (!typed.equals(value.get())) value.set(typed);
        });
    }

    private static boolean valid(String raw) {
        return raw != null && MetaRules.score("", raw).isEmpty();
    }

    private static Node bar(String name, StringProperty value) {
        Region fill = new Region();
        fill.getStyleClass().add("meta-score-bar");
        fill.setMinWidth(22);
        Runnable size = () -> {
            double h = valid(value.get()) ? Integer.parseInt(value.get().trim()) * BAR_HEIGHT / 100 : 0;
            fill.setMinHeight(h);
            fill.setPrefHeight(h);
            fill.setMaxHeight(h);
        };
        size.run();
        value.addListener((o, was, now) -> size.run());
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("meta-score-track");
        track.setAlignment(Pos.BOTTOM_CENTER);
        track.setMinHeight(BAR_HEIGHT);
        track.setMaxHeight(BAR_HEIGHT);
        Label label = new Label(name);
        label.getStyleClass().add("meta-score-label");
        Label number = new Label();
        number.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> value.get() == null ? "\u2013" : value.get(), value));
        VBox column = new VBox(2, number, track, label);
        column.setAlignment(Pos.BOTTOM_CENTER);
        return column;
    }

    Node node() {
        return node;
    }

}
