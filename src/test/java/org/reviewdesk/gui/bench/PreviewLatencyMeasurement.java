package org.reviewdesk.gui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.app.WindowPrefs;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;

/**
 * Keystroke-to-preview latency and the longest FX-thread stall while typing, on generated posts of
 * 1,500 and 10,000 words. Run by hand (it is a measurement, not a test):
 * {@code java -cp target/test-classes:target/classes:<deps> org.reviewdesk.gui.bench.PreviewLatencyMeasurement}.
 * A keystroke inserts a unique token at the caret every 60 ms (a fast typist); its latency ends when
 * a rendering containing that token has been put into the page.
 */
public final class PreviewLatencyMeasurement {
    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        started.await();
        // The first run pays for class loading and the JIT; it is printed, but the steady state is what a
        // reviewer who has been typing for a minute feels.
        System.out.print("warm-up, ");
        measure(1_500, 120);
        for (int words : new int[] {1_500, 10_000}) {
            measure(words, 120);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void measure(int words, int keystrokes) throws Exception {
        InMemoryLibrary library = new InMemoryLibrary();
        long id = library.create(InMemoryLibrary.post("Long post", SamplePosts.markdown(words)));
        FxBackgroundExecutor io = new FxBackgroundExecutor(1);
        FxBackgroundExecutor compute = new FxBackgroundExecutor(2);
        Preferences node = Preferences.userRoot().node("org/reviewdesk/measure-" + System.nanoTime());
        Map<String, Long> typedAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] longestGap = {0};
        long[] lastFrame = {0};
        boolean[] measuring = {false};
        DeskWindow[] window = new DeskWindow[1];
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> { try {
            Stage stage = new Stage();
            DeskViewModel desk = new DeskViewModel(library, io, compute, PreviewRenderers.standard());
            window[0] = new DeskWindow(stage, desk, compute, new WindowPrefs(node), new DeskWindow.Options(u -> { }, false));
            stage.show();
            window[0].preview().setOnApplied(r -> {
                long now = System.nanoTime();
                typedAt.entrySet().removeIf(e -> {
                    if (r.bodyHtml().contains(e.getKey())) {
                        latencies.add(now - e.getValue());
                        return true;
                    }
                    return false;
                });
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (measuring[0] && lastFrame[0] != 0) longestGap[0] = Math.max(longestGap[0], t - lastFrame[0]);
                    lastFrame[0] = t;
                }
            }.start();
            desk.editor().open(id, ready::countDown);
        } catch (RuntimeException e) { e.printStackTrace(); } });
        ready.await(10, TimeUnit.SECONDS);
        Thread.sleep(1500);
        CodeArea area = window[0].editor().area();
        Platform.runLater(() -> {
            area.moveTo(area.getLength() / 2);
            measuring[0] = true;
        });
        Map<String, Integer> samples = new ConcurrentHashMap<>();
        Thread sampler = null;
        if (Boolean.getBoolean("rd.sample")) {
            Thread fx = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    StackTraceElement[] st = fx.getStackTrace();
                    StringBuilder key = new StringBuilder();
                    int n = 0;
                    for (StackTraceElement e : st) {
                        if (n++ > 14) break;
                        key.append(e.getClassName().replaceAll(".*\\.", "")).append('.').append(e.getMethodName()).append(" < ");
                    }
                    samples.merge(key.toString(), 1, Integer::sum);
                    try { Thread.sleep(5); } catch (InterruptedException ie) { return; }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }
        for (int i = 0; i < keystrokes; i++) {
            String token = "zq" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "k";
            Platform.runLater(() -> {
                typedAt.put(token, System.nanoTime());
                area.insertText(area.getCaretPosition(), " " + token);
            });
            Thread.sleep(60);
        }
        Thread.sleep(2000);
        measuring[0] = false;
        if (sampler != null) {
            sampler.interrupt();
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%,d words: %d of %d keystrokes measured; "
                        + "latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; longest FX-thread stall while typing %.1f ms%n",
                words, sorted.size(), keystrokes, pct(sorted, 50), pct(sorted, 95), pct(sorted, 100), longestGap[0] / 1e6);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            window[0].close();
            closed.countDown();
        });
        closed.await();
        io.shutdown();
        compute.shutdown();
        node.removeNode();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
