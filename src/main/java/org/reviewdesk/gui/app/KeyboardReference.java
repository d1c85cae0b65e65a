package org.reviewdesk.gui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.reviewdesk.gui.queue.QueueKeys;

/**
 * Every keyboard shortcut of the window, read from the menus' accelerators and the queue's keys themselves, so the
 * reference cannot list a shortcut that no longer exists or miss a new one.
 */
final class KeyboardReference {
    /** One shortcut: where it works (a menu, or the queue), its keys as the platform writes them, what it does. */
    record Shortcut(String where, String keys, String action) {
    }

    private KeyboardReference() {
    }

    static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : menus.getMenus()) collect(plain(menu.getText()), menu.getItems(), all);
        for (QueueKeys.Key key : QueueKeys.Key.values()) {
            all.add(new Shortcut("Review queue", KeyCombination.keyCombination(key.combination()).getDisplayText(), key.purpose()));
        }
        return all;
    }

    private static void collect(String where, List<MenuItem> items, List<Shortcut> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(where + " \u25b8 " + plain(sub.getText()), sub.getItems(), into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(where, item.getAccelerator().getDisplayText(), plain(item.getText())));
            }
        }
    }

    /** A menu text without its mnemonic mark and ellipsis: "_Import…" is "Import". */
    static String plain(String text) {
        return text == null ? "" : text.replace("_", "").replace("\u2026", "");
    }

    /** The reference as a table, for the Help menu's dialog. */
    static javafx.scene.control.TableView<Shortcut> table(List<Shortcut> shortcuts) {
        javafx.scene.control.TableView<Shortcut> table = new javafx.scene.control.TableView<>(
                javafx.collections.FXCollections.observableArrayList(shortcuts));
        table.setId("keyboard-reference");
        table.getColumns().add(column("Keys", Shortcut::keys, 140));
        table.getColumns().add(column("Does", Shortcut::action, 320));
        table.getColumns().add(column("Where", Shortcut::where, 140));
        table.setPrefSize(620, 460);
        return table;
    }

    private static javafx.scene.control.TableColumn<Shortcut, String> column(String title,
            java.util.function.Function<Shortcut, String> value, double width) {
        javafx.scene.control.TableColumn<Shortcut, String> c = new javafx.scene.control.TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
