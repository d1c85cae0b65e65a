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

    static void bind(TextInputControl control, StringProperty field) {
        NullableText guard = new NullableText();
        control.setText(field.get() == null ? "" : field.get());
        field.addListener((o, was, now) -> guard.run(() -> {
            String shown = now == null ? "" : now;
            if (!shown.equals(control.getText())) control.setText(shown);
        }));
        control.textProperty().addListener((o, was, now) -> guard.run(() -> {
            String value = now == null || now.isEmpty() ? null : now;
            if (value == null ? field.get() != null : !value.equals(field.get())) field.set(value);
        }));
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
