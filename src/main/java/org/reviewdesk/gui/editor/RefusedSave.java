package org.reviewdesk.gui.editor;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.library.SaveConflict;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * A save another writer beat. Where the library can settle it and someone listens, the conflict is handed on (the
 * window shows mine and theirs); otherwise the user's text is kept as a new post, so that it is never lost.
 */
final class RefusedSave {
    private final LibraryAccess library;
    private final KeptCopy keptCopy;
    private final ObjectProperty<Consumer<SaveConflict>> onConflict = new SimpleObjectProperty<>();

    RefusedSave(LibraryAccess library, BackgroundExecutor executor) {
        this.library = library;
        this.keptCopy = new KeptCopy(library, executor);
    }

    ObjectProperty<Consumer<SaveConflict>> onConflictProperty() {
        return onConflict;
    }

    /** Hands the conflict on to be settled; false when nobody can settle it here. */
    boolean handOn(SaveConflict conflict) {
        if (onConflict.get() == null || library.conflicts().isEmpty()) return false;
        onConflict.get().accept(conflict);
        return true;
    }

    /** Keeps the user's text as a new post, then tells them where it went. */
    void keepCopy(SaveConflict conflict, Runnable created, Consumer<String> notice) {
        keptCopy.keep(conflict.mine(), conflict.myDrafts(), created, notice);
    }
}
