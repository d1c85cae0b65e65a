package org.reviewdesk.gui.task;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their node. A {@link Tooltip} is a popup window with its own
 * scene: made up front, the toolbar's dozen cost the FX thread a noticeable share of the start, and a list cell
 * that made one at every update made one per row scrolled past. The text is the node's accessible help from the
 * start, so a screen reader has it before any hover.
 */
public final class Tooltips {
    private Tooltips() {
    }

    public static void install(Node node, String text) {
        node.setAccessibleHelp(text);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip(text);
                if (node instanceof Control control) {
                    control.setTooltip(tooltip);
                } else {
                    Tooltip.install(node, tooltip);
                }
            }
        });
    }
}
