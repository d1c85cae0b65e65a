package org.reviewdesk.gui.app;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.reviewdesk.gui.preview.PreviewView;

/**
 * Comment on text selected in the preview: the comment shortcut while the preview has the keyboard (the page takes
 * the keys before the menus see them), and "Comment on selection…" on a right click (the page's own menu is off).
 */
final class PreviewComments {
    private PreviewComments() {
    }

    static void install(PreviewView preview, Runnable comment, String shortcut) {
        KeyCombination keys = KeyCombination.keyCombination(shortcut);
        preview.getNode().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.match(e)) {
                e.consume();
                comment.run();
            }
        });
        MenuItem item = new MenuItem("Comment on selection\u2026");
        item.setId("preview-comment-on-selection");
        item.setOnAction(e -> comment.run());
        ContextMenu menu = new ContextMenu(item);
        preview.getNode().setOnContextMenuRequested(e -> menu.show(preview.getNode(), e.getScreenX(), e.getScreenY()));
    }
}
