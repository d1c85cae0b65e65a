package org.reviewdesk.gui.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;
import org.reviewdesk.gui.queue.QueueViewModel;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueSort;

/**
 * Times header clicks in the window's queue, for the bench: the queue is shown, then sorted by every column either
 * way as a header click sorts it (the sort set, the first page asked for), each timed from the click until its rows
 * are in the table and a frame has been drawn with them. Reports {@code queue_sort_click_p50_ms},
 * {@code queue_sort_click_p95_ms}, {@code queue_sort_click_max_ms} and {@code queue_sort_clicks}; a click whose rows do not come within 10 s counts as
 * 10 s.
 */
final class QueueSortProbe {
    private static final Duration GIVE_UP = Duration.seconds(10);

    private final DeskWindow window;
    private final QueueViewModel queue;
    private final StartupTrace trace;
    private final List<QueueSort> clicks = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();

    QueueSortProbe(DeskWindow window, QueueViewModel queue, StartupTrace trace) {
        this.window = window;
        this.queue = queue;
        this.trace = trace;
        for (QueueSort.Column c : QueueSort.Column.values()) {
            if (c == QueueSort.Column.PRIORITY) continue;
            clicks.add(new QueueSort(c, false));
            clicks.add(new QueueSort(c, true));
        }
    }

    /** Shows the queue, clicks through every order, puts the priority order back, then runs {@code then}. */
    void run(Runnable then) {
        window.showQueue();
        StartupProbe.afterFrames(2, () -> next(0, then));
    }

    private void next(int i, Runnable then) {
        if (i == clicks.size()) {
            report();
            queue.sortProperty().set(QueueSort.PRIORITY);
            queue.refreshRows();
            window.showEditor();
            then.run();
            return;
        }
        long started = System.nanoTime();
        boolean[] done = {false};
        PauseTransition timeout = new PauseTransition(GIVE_UP);
        ListChangeListener<PostSummary>[] listener = new ListChangeListener[1];
        Runnable finish = () -> {
            if (done[0]) return;
            done[0] = true;
            timeout.stop();
            queue.rows().removeListener(listener[0]);
            StartupProbe.afterFrames(1, () -> {
                millis.add((System.nanoTime() - started) / 1_000_000);
                next(i + 1, then);
            });
        };
        listener[0] = change -> finish.run();
        queue.rows().addListener(listener[0]);
        timeout.setOnFinished(e -> finish.run());
        timeout.play();
        queue.sortProperty().set(clicks.get(i));
        queue.refreshRows();
    }

    private void report() {
        long[] sorted = millis.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        trace.put("queue_sort_click_p50_ms", sorted[(sorted.length - 1) / 2]);
        trace.put("queue_sort_click_p95_ms", sorted[(int) Math.ceil(0.95 * sorted.length) - 1]);
        trace.put("queue_sort_click_max_ms", sorted[sorted.length - 1]);
        trace.put("queue_sort_clicks", sorted.length);
    }
}
