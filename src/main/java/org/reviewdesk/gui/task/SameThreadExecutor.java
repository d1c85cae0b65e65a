package org.reviewdesk.gui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread, for view-model tests. Delayed actions wait until the test
 * advances the clock with {@link #advance(Duration)}, so timing is deterministic.
 */
public final class SameThreadExecutor implements BackgroundExecutor {
    private final List<Delayed> pending = new ArrayList<>();
    private long nowMillis;
    private int submitted;

    private static final class Delayed {
        final long due;
        final Runnable action;
        boolean cancelled;

        Delayed(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submitted++;
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Delayed d = new Delayed(nowMillis + delay.toMillis(), action);
        pending.add(d);
        return () -> d.cancelled = true;
    }

    /** Moves the clock forward and runs, in order, every delayed action that has come due. */
    public void advance(Duration by) {
        nowMillis += by.toMillis();
        while (true) {
            Delayed next = pending.stream().filter(d -> d.due <= nowMillis)
                    .min(java.util.Comparator.comparingLong(d -> d.due)).orElse(null);
            if (next == null) return;
            pending.remove(next);
            if (!next.cancelled) next.action.run();
        }
    }

    /** How many jobs were submitted so far (to check that work was coalesced or skipped). */
    public int submittedCount() {
        return submitted;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
