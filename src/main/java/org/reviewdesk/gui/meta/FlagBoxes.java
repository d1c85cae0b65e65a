package org.reviewdesk.gui.meta;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaGroup;
import org.reviewdesk.model.meta.MetaKind;

/** The flags as check boxes with a third state: a dash while the source did not say. */
final class FlagBoxes {
    private FlagBoxes() {
    }

    static Node of(MetaPanelViewModel form, FieldControls fields) {
        VBox box = new VBox(6);
        for (MetaField f : MetaFields.inGroup(MetaGroup.FLAGS)) {
            if (f.kind() != MetaKind.BOOLEAN) continue;
            CheckBox check = new CheckBox(f.label());
            bind(check, form.flag(f.path()));
            box.getChildren().add(fields.register(f.path(), check));
        }
        Label hint = new Label("A dash means the source did not say; a click sets it.");
        hint.getStyleClass().add("meta-computed");
        box.getChildren().add(hint);
        return box;
    }

    private static void bind(CheckBox check, ObjectProperty<Boolean> flag) {
        boolean[] updating = {false};
        Runnable show = () -> {
            updating[0] = true;
            check.setIndeterminate(flag.get() == null);
            check.setSelected(Boolean.TRUE.equals(flag.get()));
            updating[0] = false;
        };
        show.run();
        flag.addListener((o, was, now) -> show.run());
        javafx.beans.InvalidationListener fromUser = o -> {
            if (!updating[0]) flag.set(check.isIndeterminate() ? null : check.isSelected());
        };
        check.selectedProperty().addListener(fromUser);
        check.indeterminateProperty().addListener(fromUser);
    }
}
