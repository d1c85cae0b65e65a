package org.reviewdesk.gui.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * Tells when the desk is interactive and, when asked to report, what a first click and the queue's header clicks
 * cost. Interactive means:
 * everything the start asked of the library (the list's first page and count, the queue's first page, the
 * last post) has come back and is on screen, the library thread is free for the user's first click, and a
 * frame has been drawn since. The library thread runs in order, so a no-op queued behind the start's work
 * comes back only after all of it.
 */
final class StartupProbe {
    private static final Logger LOG = Logger.getLogger(StartupProbe.class.getName());

    private final StartupTrace trace;
    private final BackgroundExecutor libraryExecutor;

    StartupProbe(StartupTrace trace, BackgroundExecutor libraryExecutor) {
        this.trace = trace;
        this.libraryExecutor = libraryExecutor;
    }

    /** Call on the FX thread right after the desk asked the library for its first pages. */
    void watch(DeskWindow window, DeskViewModel desk, Runnable close) {
        libraryExecutor.submit(() -> true, free -> afterFrames(2, () -> {
            trace.mark("interactive");
            Path report = StartupTrace.reportFile();
            if (report != null) firstClick(window, desk, () -> sortClicks(window, desk, () -> report(report, close)));
        }), e -> LOG.log(Level.FINE, "start-up probe", e));
    }

    /**
     * Opens the first post of the list that is not open already (the last session's post may be), as a user's
     * first click would, and times it until the preview shows it.
     */
    private void firstClick(DeskWindow window, DeskViewModel desk, Runnable then) {
        long open = desk.editor().openPostId();
        var target = desk.list().rows().stream().filter(r -> r.id() != open).findFirst();
        if (target.isEmpty()) {
            then.run();
            return;
        }
        long id = target.get().id();
        long started = System.nanoTime();
        boolean[] done = {false};
        window.preview().setOnApplied(rendered -> {
            var doc = desk.editor().documentProperty().get();
            if (done[0] || doc == null || doc.id() != id) return;
            done[0] = true;
            trace.put("first_post_open_ms", (System.nanoTime() - started) / 1_000_000);
            window.preview().setOnApplied(r -> { });
            then.run();
        });
        desk.editor().open(id);
    }

    /** Header clicks in the queue, timed to their rows on screen (QueueSortProbe), when the library has a queue. */
    private void sortClicks(DeskWindow window, DeskViewModel desk, Runnable then) {
        if (desk.queue() == null) {
            then.run();
            return;
        }
        new QueueSortProbe(window, desk.queue(), trace).run(then);
    }

    /** The heap is measured after collections, off the FX thread, and the report written there too. */
    private void report(Path file, Runnable close) {
        Thread writer = new Thread(() -> {
            try {
                Runtime rt = Runtime.getRuntime();
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(50);
                }
                trace.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
                trace.put("max_heap_mb", rt.maxMemory() / (1024 * 1024));
                trace.write(file);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not write the start-up report to " + file, e);
            }
            if (StartupTrace.exitWhenReported()) Platform.runLater(close);
        }, "startup-report");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs {@code action} on the FX thread once {@code frames} frames have been drawn. */
    static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
