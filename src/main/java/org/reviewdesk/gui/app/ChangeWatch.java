package org.reviewdesk.gui.app;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * The watch for writes by others (another window, the command line, another computer on a team library): the
 * library's change stamp, read every {@link #POLL} on the library thread. While the stamp cannot be read (a team
 * library whose server went away fails it until the connection is made again) the library is away; the first read
 * that works again counts as a change, since what happened meanwhile is not known.
 */
final class ChangeWatch {
    static final Duration POLL = Duration.ofSeconds(2);
    static final String RECONNECTING = "Reconnecting to the library\u2026 your edits stay in the editor and are saved "
            + "once it answers";

    private final LibraryAccess library;
    private final BackgroundExecutor executor;
    private final Answered answered;
    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper(this, "away");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private long lastStamp = Long.MIN_VALUE;
    private boolean polling;
    private BackgroundExecutor.Cancellable next;

    /** What to do, on the FX thread, after each poll that could read the library. */
    interface Answered {
        /** @param changed whether someone else changed the library since the poll before (or it was away) */
        void answered(boolean changed);
    }

    ChangeWatch(LibraryAccess library, BackgroundExecutor libraryExecutor, Answered answered) {
        this.library = library;
        this.executor = libraryExecutor;
        this.answered = answered;
    }

    /** True from a poll that could not read the library until one that could. */
    ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }

    /** What the status bar says of the connection: "" while the library answers, a word on reconnecting while not. */
    ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    void start() {
        schedule();
    }

    /** Reads the stamp now (unless a read is on its way), then goes on every {@link #POLL}. */
    void poll() {
        if (polling) return;
        polling = true;
        executor.submit(library::changeStamp, stamp -> {
            polling = false;
            boolean changed = away.get() || lastStamp != Long.MIN_VALUE && stamp != lastStamp;
            lastStamp = stamp;
            away.set(false);
            connection.set("");
            answered.answered(changed);
            schedule();
        }, e -> {
            polling = false;
            away.set(true);
            connection.set(RECONNECTING);
            schedule();
        });
    }

    void stop() {
        if (next != null) next.cancel();
        next = null;
    }

    private void schedule() {
        next = executor.schedule(POLL, this::poll);
    }
}
