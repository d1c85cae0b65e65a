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
 *
 * <p>Two figures for the FX thread: the longest gap between pulses, which a user sees as a frame shown late
 * (it cannot be less than the pulse period, 16.7 ms), and the longest an event waited for the FX thread,
 * measured by a heartbeat kept queued on it (see {@link Heartbeat}). {@code -Drd.sample=true} prints the FX thread's hottest
 * stacks, {@code -Drd.stalls=true} what it was doing in each of the longest gaps, garbage collections included.
 * {@code -Drd.enter=true} makes every eighth keystroke a new paragraph.
 *
 * <p>The bench's figure ({@code typing_10000_words}) comes from {@link TypingProbe}, the same heartbeat over 1,000
 * keystrokes at six places of the post in a real library; this one types into the middle only, and keeps the
 * samplers for looking into a slow keystroke.
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
        // -Drd.rounds=N measures each size N times, to see when the JIT has settled.
        for (int round = 0; round < Integer.getInteger("rd.rounds", 1); round++) {
            for (int words : new int[] {1_500, 10_000}) {
                measure(words, 120);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static void measure(int words, int keystrokes) throws Exception {
        // -Drd.library=desk types into a real library (checks, spelling, tells and comments marks as in the window).
        org.reviewdesk.gui.library.LibraryAccess library = "desk".equals(System.getProperty("rd.library"))
                ? org.reviewdesk.gui.library.DeskLibraryAccess.open(java.nio.file.Files.createTempDirectory("rd-measure"))
                : new InMemoryLibrary();
        long id = library.create(InMemoryLibrary.post("Long post", SamplePosts.markdown(words)));
        FxBackgroundExecutor io = new FxBackgroundExecutor(1);
        FxBackgroundExecutor compute = new FxBackgroundExecutor(2);
        Preferences node = Preferences.userRoot().node("org/reviewdesk/measure-" + System.nanoTime());
        Map<String, Long> typedAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] longestGap = {0};
        // The same after the first second of typing: right after a post opens, the collector is still busy with
        // what the opening allocated (and with the window closed before), which is not what typing costs.
        long[] longestGapSettled = {0};
        long[] typingFrom = {0};
        long[] lastFrame = {0};
        boolean[] measuring = {false};
        StallSampler[] stalls = {null};
        DeskWindow[] window = new DeskWindow[1];
        AnimationTimer[] pulses = new AnimationTimer[1];
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
            pulses[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (measuring[0] && lastFrame[0] != 0) {
                        longestGap[0] = Math.max(longestGap[0], t - lastFrame[0]);
                        if (lastFrame[0] - typingFrom[0] > 1_000_000_000L) longestGapSettled[0] = Math.max(longestGapSettled[0], t - lastFrame[0]);
                        if (stalls[0] != null && t - lastFrame[0] > 20_000_000) stalls[0].stall(lastFrame[0], t);
                    }
                    lastFrame[0] = t;
                }
            };
            pulses[0].start();
            desk.editor().open(id, ready::countDown);
        } catch (RuntimeException e) { e.printStackTrace(); } });
        ready.await(10, TimeUnit.SECONDS);
        Thread.sleep(1500);
        CodeArea area = window[0].editor().area();
        Platform.runLater(() -> {
            area.moveTo(area.getLength() / 2);
            measuring[0] = true;
            typingFrom[0] = System.nanoTime();
        });
        Map<String, Integer> samples = new ConcurrentHashMap<>();
        Thread sampler = null;
        Thread fx = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
        if (Boolean.getBoolean("rd.stalls")) {
            stalls[0] = new StallSampler(fx);
            stalls[0].start();
        }
        Heartbeat heartbeat = new Heartbeat();
        heartbeat.start();
        // CPU time is what typing costs whatever else the machine runs; the figures above depend on that too.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long fxCpuBefore = threads.getThreadCpuTime(fx.getId());
        long processCpuBefore = os.getProcessCpuTime();
        Map<String, Long> cpuBefore = Boolean.getBoolean("rd.threads") ? threadTicks() : Map.of();
        if (Boolean.getBoolean("rd.sample")) {
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
        // -Drd.enter=true: every eighth keystroke starts a new paragraph, so the lines of everything below move.
        boolean enter = Boolean.getBoolean("rd.enter");
        for (int i = 0; i < keystrokes; i++) {
            // Decimal digits spelled a to j: "zq" and "k" occur nowhere inside, so no token is part of another, and
            // a rendering matches a token only once that very keystroke has reached it.
            String token = "zq" + Integer.toString(i).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                    .collect(java.util.stream.Collectors.joining()) + "k";
            String typed = (enter && i % 8 == 7 ? "\n\n" : " ") + token;
            Platform.runLater(() -> {
                typedAt.put(token, System.nanoTime());
                area.insertText(area.getCaretPosition(), typed);
            });
            Thread.sleep(60);
        }
        Thread.sleep(2000);
        measuring[0] = false;
        heartbeat.stop();
        double fxCpu = (threads.getThreadCpuTime(fx.getId()) - fxCpuBefore) / 1e6 / keystrokes;
        double processCpu = (os.getProcessCpuTime() - processCpuBefore) / 1e6 / keystrokes;
        if (Boolean.getBoolean("rd.threads")) {
            // Where the process's CPU went, native threads (collector, compiler, WebKit) included.
            Map<String, Long> after = threadTicks();
            after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.printf("    %5.1f ms  %s%n", e.getValue() * 10.0 / keystrokes, e.getKey()));
        }
        if (sampler != null) {
            sampler.interrupt();
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%,d words: %d of %d keystrokes measured; "
                        + "latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; longest FX-thread stall while typing %.1f ms "
                        + "(after the first second %.1f ms; longest wait for the FX thread %.1f ms, %d over 16 ms); "
                        + "CPU per keystroke: FX thread %.1f ms, process %.1f ms%n",
                words, sorted.size(), keystrokes, pct(sorted, 50), pct(sorted, 95), pct(sorted, 100), longestGap[0] / 1e6,
                longestGapSettled[0] / 1e6,
                heartbeat.longest() / 1e6, heartbeat.overOneFrame(), fxCpu, processCpu);
        if (stalls[0] != null) stalls[0].stopAndReport(Integer.getInteger("rd.stalls.worst", 6));
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            // Stopped, or every later measurement would run this one's timer at each pulse too.
            pulses[0].stop();
            window[0].close();
            closed.countDown();
        });
        closed.await();
        io.shutdown();
        compute.shutdown();
        node.removeNode();
    }

    /**
     * How long an event waits for the FX thread: a heartbeat is queued, and the next one only once it has run
     * and a millisecond has passed. Its wait is what a keystroke arriving at that moment would have waited for
     * whatever the FX thread was doing (a task, a pulse, a collector's pause). Only one heartbeat is ever queued:
     * JavaFX hands queued runnables to GTK one at a time through one dispatcher thread, pulses included, so a
     * heartbeat queued every millisecond regardless piled up ahead of the pulses and made the gaps it measured.
     */
    static final class Heartbeat {
        private volatile boolean running = true;
        private final java.util.concurrent.Semaphore ran = new java.util.concurrent.Semaphore(0);
        /** Written on the FX thread, read after {@link #stop}. */
        private long longest;
        private int overOneFrame;
        private Thread poster;

        void start() {
            poster = new Thread(() -> {
                try {
                    while (running) {
                        long posted = System.nanoTime();
                        Platform.runLater(() -> {
                            beat(System.nanoTime() - posted);
                            ran.release();
                        });
                        ran.acquire();
                        Thread.sleep(1);
                    }
                } catch (InterruptedException e) {
                    // stopped
                }
            }, "heartbeat");
            poster.setDaemon(true);
            poster.start();
        }

        /** On the FX thread. */
        private void beat(long waited) {
            longest = Math.max(longest, waited);
            if (waited > 16_000_000) overOneFrame++;
        }

        void stop() throws InterruptedException {
            running = false;
            poster.join();
        }

        long longest() {
            return longest;
        }

        int overOneFrame() {
            return overOneFrame;
        }
    }

    /** CPU time of every thread of the process, in clock ticks (10 ms), summed by the thread's name without its number. */
    private static Map<String, Long> threadTicks() throws java.io.IOException {
        Map<String, Long> ticks = new java.util.HashMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[#\\d]+$", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
