package org.reviewdesk.gui.editor;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reviewdesk.gui.conflict.ConflictViewModel;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.library.SaveConflict;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * A save another writer beat. Where the library can settle it and someone listens, the conflict is handed on (the
 * window shows mine and theirs); otherwise the user's text is kept as a new post, so that it is never lost.
 */
final class RefusedSave {
    private final LibraryAccess library;
    private final KeptCopy keptCopy;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Consumer<ConflictViewModel>> onConflict = new SimpleObjectProperty<>();

    RefusedSave(LibraryAccess library, BackgroundExecutor executor) {
        this.library = library;
        this.executor = executor;
        this.keptCopy = new KeptCopy(library, executor);
    }

    ObjectProperty<Consumer<ConflictViewModel>> onConflictProperty() {
        return onConflict;
    }

    /** Hands the conflict on to be settled, {@code settled} told the outcome; false when nobody can settle it here. */
    boolean handOn(SaveConflict conflict, BiConsumer<OpenedPost, String> settled) {
        if (onConflict.get() == null || library.conflicts().isEmpty()) return false;
        onConflict.get().accept(new ConflictViewModel(library.conflicts().get(), executor, conflict, settled));
        return true;
    }

    /** Keeps the user's text as a new post, then tells them where it went. */
    void keepCopy(SaveConflict conflict, Runnable created, Consumer<String> notice) {
        keptCopy.keep(conflict.mine(), conflict.myDrafts(), created, notice);
    }
}
