package org.reviewdesk.gui.meta;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextInputControl;

/**
 * Binds a text control to a form field that may be absent (null). An absent field shows as empty, and an
 * emptied control makes the field absent again: a bidirectional binding would turn every untouched absent
 * field into "" on the first layout pass and lose the difference the importer kept.
 */
final class NullableText {
    private boolean updating;

    private NullableText() {
    }

    /** Binds for good (the field and the control live as long as the form). */
    static void bind(TextInputControl control, StringProperty field) {
        bindUntilUndone(control, field);
    }

    /** Binds until the returned action runs: a table reuses its cells for the next post's rows. */
    static Runnable bindUntilUndone(TextInputControl control, StringProperty field) {
        NullableText guard = new NullableText();
        guard.run(() -> control.setText(field.get() == null ? "" : field.get()));
        javafx.beans.value.ChangeListener<String> toControl = (o, was, now) -> guard.run(() -> {
            String shown = now == null ? "" : now;
            if (!shown.equals(control.getText())) control.setText(shown);
        });
        javafx.beans.value.ChangeListener<String> toField = (o, was, now) -> guard.run(() -> {
            String value = now == null || now.isEmpty() ? null : now;
            if (value == null ? field.get() != null : !value.equals(field.get())) field.set(value);
        });
        field.addListener(toControl);
        control.textProperty().addListener(toField);
        return () -> {
            field.removeListener(toControl);
            control.textProperty().removeListener(toField);
        };
    }

    private void run(Runnable change) {
        if (updating) return;
        updating = true;
        try {
            change.run();
        } finally {
            updating = false;
        }
    }
}
