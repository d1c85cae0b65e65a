package org.reviewdesk.gui.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window runs work that may touch the disk or the database. Work runs off the FX
 * thread; its callbacks, and delayed actions, run on the FX thread. Tests swap in
 * {@link SameThreadExecutor} so that they are deterministic and need no toolkit.
 */
public interface BackgroundExecutor {

    /** Runs {@code work} in the background; exactly one of the callbacks then runs on the FX thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the FX thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs {@code action} on the FX thread (progress reported from inside background work). */
    void onUiThread(Runnable action);

    /** Stops accepting work; work already running finishes. */
    void shutdown();

    /** A pending delayed action. */
    interface Cancellable {
        void cancel();
    }
}
