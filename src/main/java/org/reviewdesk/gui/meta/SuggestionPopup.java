package org.reviewdesk.gui.meta;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/**
 * Values already in the library, offered under a field while the user types (Down and Enter pick one).
 * Written here rather than taken from ControlsFX's auto-completion, which reaches into JavaFX internals
 * that the packaged application does not open.
 */
final class SuggestionPopup {
    private static final int SHOWN = 8;

    private SuggestionPopup() {
    }

    /**
     * @param offered  which suggestions still make sense (for tags: not yet in the list)
     * @param onChosen what picking one does (for a plain field: set its text)
     */
    static void attach(TextField field, ObservableList<String> suggestions, Predicate<String> offered,
                       Consumer<String> onChosen) {
        ContextMenu menu = new ContextMenu();
        field.textProperty().addListener((o, was, now) -> {
            if (!field.isFocused() || now == null || now.isBlank()) {
                menu.hide();
                return;
            }
            String typed = now.strip().toLowerCase(Locale.ROOT);
            List<String> matches = suggestions.stream()
                    .filter(s -> s.toLowerCase(Locale.ROOT).contains(typed) && !s.equals(now) && offered.test(s))
                    .limit(SHOWN).toList();
            if (matches.isEmpty()) {
                menu.hide();
                return;
            }
            menu.getItems().setAll(matches.stream().map(s -> {
                MenuItem item = new MenuItem(s);
                item.setOnAction(e -> onChosen.accept(s));
                return item;
            }).toList());
            if (!menu.isShowing()) menu.show(field, Side.BOTTOM, 0, 0);
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) menu.hide();
        });
    }
}
