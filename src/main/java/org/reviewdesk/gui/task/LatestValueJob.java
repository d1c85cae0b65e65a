package org.reviewdesk.gui.task;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a job for the latest input only: while one run is in flight, further requests overwrite a
 * single pending slot, so a burst of keystrokes costs at most one running and one waiting job.
 * Every finished result is delivered (it is newer than what is shown); the caller decides whether it
 * still applies. Call {@link #request} on the FX thread.
 */
public final class LatestValueJob<I, O> {
    private final BackgroundExecutor executor;
    private final Function<I, O> work;
    private final Consumer<Result<I, O>> onResult;
    private final Consumer<Throwable> onFailure;
    private boolean running;
    private I pending;
    private boolean hasPending;

    /** An input and the output computed from it. */
    public record Result<I, O>(I input, O output) {
    }

    public LatestValueJob(BackgroundExecutor executor, Function<I, O> work, Consumer<Result<I, O>> onResult,
                          Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    public void request(I input) {
        if (running) {
            pending = input;
            hasPending = true;
            return;
        }
        start(input);
    }

    private void start(I input) {
        running = true;
        executor.submit(() -> new Result<>(input, work.apply(input)), r -> {
            running = false;
            onResult.accept(r);
            startPending();
        }, e -> {
            running = false;
            onFailure.accept(e);
            startPending();
        });
    }

    private void startPending() {
        if (hasPending && !running) {
            I next = pending;
            pending = null;
            hasPending = false;
            start(next);
        }
    }
}
