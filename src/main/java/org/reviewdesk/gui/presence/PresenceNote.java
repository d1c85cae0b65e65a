package org.reviewdesk.gui.presence;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.reviewdesk.gui.task.Tooltips;

/** The line above the editor that names who else has its post open; there only while someone does. */
public final class PresenceNote {
    private PresenceNote() {
    }

    public static Node of(PresenceViewModel model) {
        Label note = new Label();
        note.setId("presence-note");
        note.getStyleClass().add("presence-note");
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setMaxWidth(Double.MAX_VALUE);
        Tooltips.install(note, "Someone else has this post open too. A note, not a lock: you can both edit, and a save "
                + "over theirs is never silent. Ask them before large changes.");
        return note;
    }
}
