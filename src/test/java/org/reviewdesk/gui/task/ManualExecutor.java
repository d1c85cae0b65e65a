package org.reviewdesk.gui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds submitted work until the test releases it, like a slow background thread; callbacks run where it is released. */
public final class ManualExecutor implements BackgroundExecutor {
    private final List<Runnable> queued = new ArrayList<>();
    /** Runs released work and its callback at once. */
    private final SameThreadExecutor now = new SameThreadExecutor();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> now.submit(work, onSuccess, onFailure));
    }

    /** How many pieces of work wait to be released. */
    public int waiting() {
        return queued.size();
    }

    /** Runs the oldest piece of work that waits, and its callback. */
    public void runNext() {
        queued.remove(0).run();
    }

    /** A timer waits with the work, in order, whatever its delay; cancelled, it does nothing when released. */
    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        queued.add(() -> {
            if (!cancelled[0]) action.run();
        });
        return () -> cancelled[0] = true;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
