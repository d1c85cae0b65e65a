package org.reviewdesk.gui.task;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a job for the latest input only: while one run is in flight, further requests overwrite a
 * single pending slot, so a burst of keystrokes costs at most one running and one waiting job.
 * Every finished result is delivered (it is newer than what is shown) unless it was asked for before
 * {@link #discardEarlier}; the caller decides whether it still applies. Call both on the FX thread.
 *
 * <p>A job whose result nobody needs at every keystroke (a word count) can rest between runs: after each run
 * the next waits that long, so typing costs a few runs a second instead of one per keystroke, while the first
 * request after a pause still runs at once.
 */
public final class LatestValueJob<I, O> {
    private final BackgroundExecutor executor;
    private final Function<I, O> work;
    private final Consumer<Result<I, O>> onResult;
    private final BiConsumer<I, Throwable> onFailure;
    private final Duration rest;
    /** Running, or resting after a run: a request now waits in the pending slot. */
    private boolean running;
    private I pending;
    private boolean hasPending;
    /** Counts {@link #discardEarlier} calls: a run asked for before the last one delivers nothing. */
    private long epoch;

    /** An input and the output computed from it. */
    public record Result<I, O>(I input, O output) {
    }

    public LatestValueJob(BackgroundExecutor executor, Function<I, O> work, Consumer<Result<I, O>> onResult,
                          Consumer<Throwable> onFailure) {
        this(executor, work, onResult, (input, e) -> onFailure.accept(e), Duration.ZERO);
    }

    /** @param rest how long to wait after a run before starting the next one */
    public LatestValueJob(BackgroundExecutor executor, Function<I, O> work, Consumer<Result<I, O>> onResult,
                          Consumer<Throwable> onFailure, Duration rest) {
        this(executor, work, onResult, (input, e) -> onFailure.accept(e), rest);
    }

    /**
     * A job whose failures are told with the input that failed, for a caller whose requests are about different
     * things (several posts): it can then say which one failed, and leave alone what it shows about another.
     */
    public LatestValueJob(BackgroundExecutor executor, Function<I, O> work, Consumer<Result<I, O>> onResult,
                          BiConsumer<I, Throwable> onFailure, Duration rest) {
        this.executor = executor;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
        this.rest = rest;
    }

    public void request(I input) {
        if (running) {
            pending = input;
            hasPending = true;
            return;
        }
        start(input);
    }

    /**
     * What was asked for so far no longer applies (the editor holds another post): a run under way delivers neither
     * its result nor its failure, and a waiting request is dropped. The next request runs as usual.
     */
    public void discardEarlier() {
        epoch++;
        pending = null;
        hasPending = false;
    }

    private void start(I input) {
        running = true;
        long asked = epoch;
        executor.submit(() -> new Result<>(input, work.apply(input)), r -> {
            if (asked == epoch) onResult.accept(r);
            finished();
        }, e -> {
            if (asked == epoch) onFailure.accept(input, e);
            finished();
        });
    }

    private void finished() {
        if (rest.isZero()) {
            running = false;
            startPending();
            return;
        }
        executor.schedule(rest, () -> {
            running = false;
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
