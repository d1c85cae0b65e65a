package org.reviewdesk.gui.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * A small pool of daemon threads; results come back through {@link Platform#runLater}. Daemon threads,
 * so that a forgotten job never keeps the process alive after the window closed.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private static final Logger LOG = Logger.getLogger(FxBackgroundExecutor.class.getName());

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public FxBackgroundExecutor(int threads) {
        workers = Executors.newFixedThreadPool(threads, daemon("desk-worker"));
        timer = Executors.newSingleThreadScheduledExecutor(daemon("desk-timer"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            workers.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable e) {
                    LOG.log(Level.FINE, "background work failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window is closing (its pools shut down, maybe from another thread just now): a poll or a late render
            // that arrives now has nobody to report to.
            LOG.fine("work submitted after shutdown was dropped");
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        // The flag is read on the FX thread, so a cancel issued there after the timer fired still wins.
        boolean[] cancelled = {false};
        if (timer.isShutdown()) return () -> { };
        ScheduledFuture<?> f = timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled[0] && !workers.isShutdown()) action.run();
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled[0] = true;
            f.cancel(false);
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void shutdown() {
        workers.shutdown();
        timer.shutdownNow();
    }

    /** Waits for running work (for example the last save) to finish, at most {@code timeout}. */
    public boolean awaitQuiet(Duration timeout) throws InterruptedException {
        workers.shutdown();
        timer.shutdownNow();
        return workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
