package org.reviewdesk.gui.editor;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's Alt shortcuts (Alt+1 … Alt+0 open the meta groups) pressed in the source. The source's behaviour takes
 * a letter or digit pressed without Ctrl or Meta as typing: it consumes the press, so the window never runs its
 * shortcut, and inserts the character typed next (the post got a "3" for Alt+3, and saved it). Here a press with Alt
 * alone that the window has a shortcut for runs that shortcut instead, and the character it would have typed is
 * dropped. Ctrl+Alt (AltGr on Windows) and Alt presses the window has no shortcut for type as before.
 */
final class WindowShortcutsFirst {
    /** Whether the last key pressed in the area ran a shortcut: the character it types is then no text. */
    private boolean ranShortcut;

    private WindowShortcutsFirst() {
    }

    static void install(Node area) {
        WindowShortcutsFirst keys = new WindowShortcutsFirst();
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            keys.ranShortcut = typesText(e) && runShortcut(area.getScene(), e);
            if (keys.ranShortcut) e.consume();
        });
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (keys.ranShortcut) e.consume();
            keys.ranShortcut = false;
        });
    }

    /** An Alt press the source would take as a character (it leaves other keys, and Ctrl or Meta ones, alone). */
    private static boolean typesText(KeyEvent e) {
        return e.isAltDown() && !e.isControlDown() && !e.isMetaDown()
                && (e.getCode().isLetterKey() || e.getCode().isDigitKey());
    }

    private static boolean runShortcut(Scene scene, KeyEvent e) {
        if (scene == null) return false;
        Runnable shortcut = null;
        for (Map.Entry<KeyCombination, Runnable> a : scene.getAccelerators().entrySet()) {
            if (a.getKey().match(e) && a.getValue() != null) shortcut = a.getValue();
        }
        if (shortcut == null) return false;
        shortcut.run();
        return true;
    }
}
