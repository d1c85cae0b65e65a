package org.reviewdesk.gui.meta;

import java.time.LocalDate;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import org.reviewdesk.model.validation.MetaRules;

/** A date picker that accepts typing: the text is the field, so a wrong date shows its problem while typed. */
final class DateField {
    private DateField() {
    }

    static DatePicker of(StringProperty value, String field) {
        DatePicker picker = new DatePicker();
        picker.setEditable(true);
        picker.setPromptText("YYYY-MM-DD");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) return null;
                // A date that breaks the rule keeps the picker's date; the field shows the problem meanwhile.
                return MetaRules.date(field, text).isEmpty() ? MetaRules.parseDate(text) : picker.getValue();
            }
        });
        Runnable showValue = () -> {
            String raw = value.get();
            if (raw == null) picker.setValue(null);
            else if (MetaRules.date(field, raw).isEmpty()) picker.setValue(MetaRules.parseDate(raw));
        };
        showValue.run();
        value.addListener((o, was, now) -> showValue.run());
        NullableText.bind(picker.getEditor(), value);
        keepUnreadableDateOnEnter(picker, field);
        return picker;
    }

    /**
     * On Enter a date picker writes its own date over text it cannot read, and what was typed would be gone without
     * a word: such text stays, with its problem on the field, until the user corrects it. The picker acts on the key's
     * release as well as its press, so both are stopped.
     */
    private static void keepUnreadableDateOnEnter(DatePicker picker, String field) {
        picker.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            String typed = picker.getEditor().getText();
            if (e.getCode() == KeyCode.ENTER && typed != null && !typed.isBlank() && !MetaRules.date(field, typed).isEmpty()) {
                e.consume();
            }
        });
    }
}
