package org.reviewdesk.gui.app;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.reviewdesk.gui.task.Tooltips;

/**
 * The two ways of working: the editor (list, source, preview, meta) and the review queue, which takes the whole
 * width for its many columns. Ctrl+1 and Ctrl+2 switch; the history of the open post sits beside them.
 */
final class DeskModes {
    private final Runnable showEditor;
    private final Runnable showQueue;
    private final Runnable showHistory;

    DeskModes(Runnable showEditor, Runnable showQueue, Runnable showHistory) {
        this.showEditor = showEditor;
        this.showQueue = showQueue;
        this.showHistory = showHistory;
    }

    /**
     * Puts the modes and the history first in the View menu and a queue toggle at the end of the toolbar; returns
     * the toggle, which the window keeps in step with what it shows.
     */
    ToggleButton addTo(MenuBar menus, ToolBar tools, ObservableBooleanValue noPostOpen) {
        MenuItem history = item("History and versions…", "Shortcut+Shift+H", showHistory);
        history.disableProperty().bind(noPostOpen);
        viewMenu(menus).getItems().addAll(0, List.of(item("Editor", "Shortcut+1", showEditor),
                item("Review queue", "Shortcut+2", showQueue), history, new SeparatorMenuItem()));
        ToggleButton toggle = new ToggleButton("Review queue");
        toggle.setId("queue-toggle");
        Tooltips.install(toggle, "The review queue (Ctrl+2); the editor is Ctrl+1");
        toggle.setOnAction(e -> {
            if (toggle.isSelected()) showQueue.run();
            else showEditor.run();
        });
        tools.getItems().addAll(new Separator(), toggle);
        return toggle;
    }

    private static Menu viewMenu(MenuBar menus) {
        return menus.getMenus().stream().filter(m -> m.getText().contains("View")).findFirst().orElseGet(() -> {
            Menu m = new Menu("_View");
            menus.getMenus().add(m);
            return m;
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
