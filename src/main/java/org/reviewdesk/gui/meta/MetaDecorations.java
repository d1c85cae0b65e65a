package org.reviewdesk.gui.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * Shows each problem on its field with ControlsFX's error decoration and a tooltip that says what is
 * expected. The problems come from the view model (the rules are in MetaRules); this only finds the control.
 */
final class MetaDecorations {
    static final String INVALID = "meta-invalid";
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    private final Map<String, Control> byField;
    private final Set<Control> decorated = new HashSet<>();

    MetaDecorations(Map<String, Control> byField) {
        this.byField = byField;
    }

    void show(List<FieldProblem> problems) {
        for (Control c : decorated) {
            decoration.removeDecorations(c);
            c.getStyleClass().remove(INVALID);
            c.setTooltip(null);
        }
        decorated.clear();
        for (FieldProblem p : problems) {
            Control c = controlFor(p.field());
            if (c == null || !decorated.add(c)) continue;
            decoration.applyValidationDecoration(ValidationMessage.error(c, p.message()));
            c.getStyleClass().add(INVALID);
            c.setTooltip(new Tooltip(p.field() + ": " + p.message()));
        }
    }

    /** The control of a field; a list entry ({@code stack[2]}) falls back to its list's control. */
    private Control controlFor(String field) {
        Control exact = byField.get(field);
        if (exact != null) return exact;
        int bracket = field.indexOf('[');
        return bracket > 0 ? byField.get(field.substring(0, bracket)) : null;
    }
}
