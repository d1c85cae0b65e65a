package org.reviewdesk.gui.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.app.WindowPrefs;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * Types into a 10,000-word post in the window, as {@code bench} measures it: {@value #KEYSTROKES} keystrokes, one every
 * {@value #PERIOD_MS} ms (a fast typist), in runs of {@value #RUN} at each of the {@link TypingPlaces}, after a warm-up
 * of {@value #WARM_UP} in the middle that is not counted (seven seconds of typing; the FX thread keeps working harder
 * for about half a minute after it, docs/performance.md). Each keystroke
 * inserts a unique token; what it cost the FX thread is measured by {@link KeystrokeHolds}, and its latency to the
 * preview ends when a rendering holding its token has been put into the page. The library is a real one in a
 * temporary folder, so the checks, spelling and marks run as in the window. Writes one JSON object of figures to the
 * file given as the first argument. Started by the bench in its own JVM with a display.
 */
public final class TypingProbe {
    static final int KEYSTROKES = 1_000;
    static final int RUN = 25;
    static final int WARM_UP = 120;
    static final long PERIOD_MS = 60;
    private static final int WORDS = 10_000;
    private static final TypingPlaces[] ORDER = {TypingPlaces.START, TypingPlaces.LIST, TypingPlaces.MIDDLE,
            TypingPlaces.CODE, TypingPlaces.TABLE, TypingPlaces.END};

    private final Map<String, Long> waitingForPreview = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private DeskWindow window;
    private int tokens;

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        started.await();
        Path folder = Files.createTempDirectory("review-desk-typing-");
        String json = new TypingProbe().measure(folder);
        deleteTree(folder);
        Files.writeString(Path.of(args[0]), json, StandardCharsets.UTF_8);
        Platform.exit();
        System.exit(0);
    }

    private String measure(Path folder) throws Exception {
        DeskLibraryAccess library = DeskLibraryAccess.open(folder);
        long id = library.create(new Post("Long post", SamplePosts.markdown(WORDS), Meta.builder().reference("typing-probe").build()));
        FxBackgroundExecutor io = new FxBackgroundExecutor(1);
        FxBackgroundExecutor compute = new FxBackgroundExecutor(2);
        Preferences prefs = Preferences.userRoot().node("org/reviewdesk/typing-probe-" + System.nanoTime());
        CountDownLatch ready = new CountDownLatch(1);
        onFx(() -> open(library, io, compute, prefs, id, ready));
        if (!ready.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the post did not open within 60 s");
        Thread.sleep(1_500);
        CodeArea area = window.editor().area();
        moveTo(area, TypingPlaces.MIDDLE);
        type(area, WARM_UP, new long[WARM_UP], new long[WARM_UP], 0);
        Thread.sleep(1_000);
        latencies.clear();
        CpuTime cpu = CpuTime.start();
        AllocatedBytes allocated = AllocatedBytes.start();
        FxHeartbeat heartbeat = new FxHeartbeat();
        heartbeat.start();
        long[] typedAt = new long[KEYSTROKES];
        long[] own = new long[KEYSTROKES];
        for (int run = 0; run * RUN < KEYSTROKES; run++) {
            moveTo(area, ORDER[run % ORDER.length]);
            type(area, RUN, typedAt, own, run * RUN);
        }
        Thread.sleep(1_000);
        heartbeat.stop();
        allocated.stop();
        cpu.stop();
        KeystrokeHolds holds = KeystrokeHolds.of(typedAt, own, heartbeat.beats(), TimeUnit.MILLISECONDS.toNanos(PERIOD_MS));
        printSlow(holds, typedAt);
        onFx(() -> window.close());
        io.shutdown();
        compute.shutdown();
        library.close();
        prefs.removeNode();
        return json(holds, cpu, allocated);
    }

    /** The probe's library, once closed: every run would otherwise leave one in the temporary folder. */
    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * On standard error, for whoever looks into where the slow keystrokes were (the bench keeps the log): each one's
     * place, and its time since the JVM started, as {@code -Xlog:gc:…:uptime} writes it, to set beside the collector's.
     */
    private static void printSlow(KeystrokeHolds holds, long[] typedAt) {
        long jvmStart = System.nanoTime() - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        for (int k = 0; k < holds.keystrokes(); k++) {
            if (holds.holdMs(k) <= KeystrokeHolds.FRAME_NANOS / 1e6) continue;
            System.err.printf(Locale.ROOT, "slow keystroke %d at %s, %.3f s after start: %.1f ms%n", k,
                    ORDER[k / RUN % ORDER.length], (typedAt[k] - jvmStart) / 1e9, holds.holdMs(k));
        }
    }

    private void open(DeskLibraryAccess library, FxBackgroundExecutor io, FxBackgroundExecutor compute, Preferences prefs,
                      long id, CountDownLatch ready) {
        Stage stage = new Stage();
        DeskViewModel desk = new DeskViewModel(library, io, compute, PreviewRenderers.standard());
        window = new DeskWindow(stage, desk, compute, new WindowPrefs(prefs), new DeskWindow.Options(u -> { }, false));
        stage.show();
        window.preview().setOnApplied(rendered -> {
            long now = System.nanoTime();
            waitingForPreview.entrySet().removeIf(e -> {
                if (!rendered.bodyHtml().contains(e.getKey())) return false;
                latencies.add(now - e.getValue());
                return true;
            });
        });
        desk.editor().open(id, ready::countDown);
    }

    /** Puts the caret at {@code place}, scrolls it into view, and lets the window settle before typing there. */
    private static void moveTo(CodeArea area, TypingPlaces place) throws Exception {
        onFx(() -> {
            area.moveTo(place.caretIn(area.getText()));
            area.requestFollowCaret();
        });
        Thread.sleep(500);
    }

    /** {@code count} keystrokes at the caret, one every period; each one's post time and own hold go at {@code from}. */
    private void type(CodeArea area, int count, long[] typedAt, long[] own, int from) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            String token = token(tokens++);
            int k = from + i;
            long posted = System.nanoTime();
            typedAt[k] = posted;
            Platform.runLater(() -> {
                waitingForPreview.put(token, System.nanoTime());
                area.insertText(area.getCaretPosition(), " " + token);
                own[k] = System.nanoTime() - posted;
            });
            Thread.sleep(PERIOD_MS);
        }
    }

    /**
     * A token of the decimal digits of {@code n} spelled a to j between "zq" and "k", which occur nowhere inside: no
     * token is part of another, and a rendering holds a token only once that very keystroke has reached it.
     */
    static String token(int n) {
        StringBuilder sb = new StringBuilder("zq");
        for (char c : Integer.toString(n).toCharArray()) sb.append((char) ('a' + c - '0'));
        return sb.append('k').toString();
    }

    private String json(KeystrokeHolds holds, CpuTime cpu, AllocatedBytes allocated) {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "{\"words\": %d, \"keystrokes\": %d, \"p50_ms\": %.2f, \"p95_ms\": %.2f, "
                        + "\"max_ms\": %.2f, \"frames_over_16ms\": %d, \"preview_p50_ms\": %.2f, \"preview_p95_ms\": %.2f, "
                        + "\"preview_measured\": %d, \"fx_cpu_per_keystroke_ms\": %.2f, \"process_cpu_per_keystroke_ms\": %.2f, "
                        + "\"allocated_mb_per_keystroke\": %.2f}%n",
                WORDS, holds.keystrokes(), holds.percentileMs(50), holds.percentileMs(95), holds.percentileMs(100),
                holds.overOneFrame(), nanosAt(sorted, 50), nanosAt(sorted, 95), sorted.size(),
                cpu.fxMs() / KEYSTROKES, cpu.processMs() / KEYSTROKES, allocated.megabytes() / KEYSTROKES);
    }

    private static double nanosAt(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return -1;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
