package org.reviewdesk.gui.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.app.WindowPrefs;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueSort;

/**
 * The window over a real library (the argument: a library folder, such as a kept bench library of 100,000 posts):
 * the library list and the review queue scrolled as a mouse wheel does, 40 pixels a frame, through a few thousand
 * rows (pages loaded on the way), and the queue sorted by every column either way as a header click asks. Prints
 * the longest gap between pulses, the longest an event waited for the FX thread, and how long a sort took until
 * its first page was on screen. Run by hand under a display, like {@link PreviewLatencyMeasurement}:
 * {@code java -XX:TieredStopAtLevel=1 -Xmx256m -cp target/test-classes:target/classes:<deps>
 * org.reviewdesk.gui.bench.ScrollMeasurement LIBRARY}.
 */
public final class ScrollMeasurement {
    private static final int FRAMES = 600;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        DeskLibraryAccess library = DeskLibraryAccess.opening(folder);
        library.opened().toCompletableFuture().get(120, TimeUnit.SECONDS);
        FxBackgroundExecutor io = new FxBackgroundExecutor(1);
        FxBackgroundExecutor compute = new FxBackgroundExecutor(2);
        Preferences node = Preferences.userRoot().node("org/reviewdesk/measure-" + System.nanoTime());
        DeskWindow[] window = new DeskWindow[1];
        DeskViewModel[] desk = new DeskViewModel[1];
        CountDownLatch listed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            desk[0] = new DeskViewModel(library, io, compute, PreviewRenderers.standard());
            window[0] = new DeskWindow(stage, desk[0], compute, new WindowPrefs(node), new DeskWindow.Options(u -> { }, false));
            stage.setWidth(1400);
            stage.setHeight(860);
            stage.show();
            desk[0].list().rows().addListener((ListChangeListener<Object>) c -> listed.countDown());
            if (!desk[0].list().rows().isEmpty()) listed.countDown();
        });
        listed.await(60, TimeUnit.SECONDS);
        Thread.sleep(2000);

        Node list = onFx(() -> window[0].editor().getNode().getScene().getRoot().lookup(".list-view"));
        // -Drd.sortsOnly=true skips the scrolling, to look at the sorts alone.
        boolean scrolling = !Boolean.getBoolean("rd.sortsOnly");
        if (scrolling) scroll("library list", list, () -> desk[0].list().rows().size());

        onFx(() -> {
            window[0].showQueue();
            return null;
        });
        Thread.sleep(2000);
        Node table = onFx(() -> window[0].queue().table());
        if (scrolling) scroll("review queue", table, () -> desk[0].queue().rows().size());
        sorts(desk[0], window[0]);

        Platform.exit();
        System.exit(0);
    }

    /** Scrolls {@code control} by 40 pixels every frame for {@link #FRAMES} frames and reports the FX thread. */
    private static void scroll(String what, Node control, java.util.function.IntSupplier loaded) throws Exception {
        Pulses pulses = new Pulses();
        PreviewLatencyMeasurement.Heartbeat heartbeat = new PreviewLatencyMeasurement.Heartbeat();
        CountDownLatch done = new CountDownLatch(1);
        int[] frames = {0};
        Platform.runLater(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) control.lookup(".virtual-flow");
            pulses.start();
            heartbeat.start();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    flow.scrollPixels(40);
                    if (++frames[0] == FRAMES) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await(120, TimeUnit.SECONDS);
        pulses.stop();
        heartbeat.stop();
        System.out.printf("%s: %d frames scrolled 40 px each, %d rows loaded; longest gap between pulses %.1f ms, "
                        + "longest wait for the FX thread %.1f ms (%d over 16 ms)%n", what, frames[0],
                onFx(loaded::getAsInt), pulses.longest / 1e6, heartbeat.longest() / 1e6, heartbeat.overOneFrame());
    }

    /** Every column either way, as a header click asks: until the first page of that order is in the table. */
    private static void sorts(DeskViewModel desk, DeskWindow window) throws Exception {
        List<Long> took = Collections.synchronizedList(new ArrayList<>());
        List<Long> shown = Collections.synchronizedList(new ArrayList<>());
        PreviewLatencyMeasurement.Heartbeat heartbeat = new PreviewLatencyMeasurement.Heartbeat();
        heartbeat.start();
        for (QueueSort.Column column : QueueSort.Column.values()) {
            if (column == QueueSort.Column.PRIORITY) continue;
            for (boolean descending : new boolean[] {false, true}) {
                CountDownLatch arrived = new CountDownLatch(1);
                long[] asked = {0};
                Platform.runLater(() -> {
                    ListChangeListener<PostSummary> listener = new ListChangeListener<>() {
                        @Override
                        public void onChanged(Change<? extends PostSummary> c) {
                            took.add(System.nanoTime() - asked[0]);
                            desk.queue().rows().removeListener(this);
                            // On screen: the pulse after the rows arrived has laid out and drawn them once the
                            // next one starts.
                            new AnimationTimer() {
                                private int ticks;

                                @Override
                                public void handle(long now) {
                                    if (++ticks < 2) return;
                                    stop();
                                    shown.add(System.nanoTime() - asked[0]);
                                    arrived.countDown();
                                }
                            }.start();
                        }
                    };
                    desk.queue().rows().addListener(listener);
                    asked[0] = System.nanoTime();
                    var table = window.queue().table();
                    var header = table.getColumns().stream().filter(c -> c.getUserData() == column).findFirst().orElseThrow();
                    table.getSortOrder().clear();
                    header.setSortType(descending ? javafx.scene.control.TableColumn.SortType.DESCENDING
                            : javafx.scene.control.TableColumn.SortType.ASCENDING);
                    table.getSortOrder().add(header);
                });
                arrived.await(30, TimeUnit.SECONDS);
                Thread.sleep(300);
            }
        }
        heartbeat.stop();
        List<Long> sorted = new ArrayList<>(took);
        Collections.sort(sorted);
        List<Long> onScreen = new ArrayList<>(shown);
        Collections.sort(onScreen);
        System.out.printf("queue sorted by each column either way (%d sorts): click to first page p50 %.0f ms, max %.0f ms; "
                        + "on screen p50 %.0f ms, p95 %.0f ms, max %.0f ms; longest wait for the FX thread meanwhile %.1f ms "
                        + "(%d over 16 ms)%n", sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                onScreen.get(onScreen.size() / 2) / 1e6, onScreen.get((int) Math.ceil(onScreen.size() * 0.95) - 1) / 1e6,
                onScreen.get(onScreen.size() - 1) / 1e6, heartbeat.longest() / 1e6, heartbeat.overOneFrame());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** The longest gap between two pulses. */
    private static final class Pulses extends AnimationTimer {
        private long last;
        private volatile long longest;

        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            if (last != 0) longest = Math.max(longest, t - last);
            last = t;
        }
    }
}
