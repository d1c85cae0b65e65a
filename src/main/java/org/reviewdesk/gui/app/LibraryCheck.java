package org.reviewdesk.gui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * "Check the whole library": every post checked in the background (the editor's saves do not wait for it), with its
 * progress, a cancel that stops after the posts in hand (their findings are kept), and a closing word.
 */
public final class LibraryCheck {
    private final LibraryAccess library;
    private final BackgroundExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    LibraryCheck(LibraryAccess library, BackgroundExecutor executor) {
        this.library = library;
        this.executor = executor;
    }

    /** Starts checking every post, unless a check is already running. */
    public void start() {
        if (running.get()) return;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(0);
        message.set("Checking the library\u2026");
        executor.submit(() -> library.checkAll((done, total) -> executor.onUiThread(() -> {
            progress.set(total == 0 ? 1 : (double) done / total);
            message.set(String.format("Checked %,d of %,d posts", done, total));
        }), stop::get), checked -> {
            running.set(false);
            progress.set(1);
            message.set(stop.get() ? String.format("Stopped after %,d posts; their findings are stored.", checked)
                    : String.format("Checked %,d posts; the queue shows their findings.", checked));
        }, e -> {
            running.set(false);
            message.set("The library could not be checked: " + e.getMessage());
        });
    }

    /** Stops the running check after the posts in hand. */
    public void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
