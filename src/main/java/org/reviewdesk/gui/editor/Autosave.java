package org.reviewdesk.gui.editor;

import org.reviewdesk.gui.task.BackgroundExecutor;

/** The one pending autosave: a moment after the last change, replaced by each newer change, dropped on demand. */
final class Autosave {
    private final BackgroundExecutor executor;
    private BackgroundExecutor.Cancellable pending;

    Autosave(BackgroundExecutor executor) {
        this.executor = executor;
    }

    void schedule(Runnable save) {
        cancel();
        pending = executor.schedule(EditorViewModel.AUTOSAVE_DELAY, save);
    }

    void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
