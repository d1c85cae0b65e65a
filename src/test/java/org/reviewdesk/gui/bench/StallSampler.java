package org.reviewdesk.gui.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What the FX thread was doing during each stall: its stack sampled every millisecond, and the
 * collector's pauses, both kept with their time so that a gap between two pulses can be explained
 * after the fact. A stack sampler alone only says where time goes on average; a stall of 60 ms
 * that happens twice in a run disappears in that average.
 *
 * <p>It explains stalls but also makes them: each sample stops the VM at a safepoint ("ThreadDump",
 * 0.1 to 10 ms each on this machine), so measure with it off. A stall with few samples in it is one
 * during which the sampler itself did not run: the process was not given the CPU, or the VM was stopped.
 */
final class StallSampler {
    private record Sample(long at, String where) {
    }

    private record Pause(long from, long to, String what) {
    }

    /** One gap between pulses longer than a frame, and what filled it. */
    private record Stall(long from, long to, Map<String, Integer> where) {
        long millis() {
            return (to - from) / 1_000_000;
        }
    }

    private final Thread fx;
    private final ConcurrentLinkedDeque<Sample> samples = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Pause> pauses = new ConcurrentLinkedDeque<>();
    private final List<Stall> stalls = new ArrayList<>();
    private final long uptimeBase;
    private final NotificationListener gcListener;
    private Thread sampler;

    StallSampler(Thread fx) {
        this.fx = fx;
        // GC notifications give start and end in milliseconds of JVM uptime: map them onto nanoTime.
        uptimeBase = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        gcListener = (n, h) -> {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (info.getGcName().contains("Concurrent")) return;
            long from = uptimeBase + info.getGcInfo().getStartTime() * 1_000_000;
            long to = uptimeBase + info.getGcInfo().getEndTime() * 1_000_000;
            pauses.add(new Pause(from, to, info.getGcName() + " " + info.getGcInfo().getDuration() + " ms"));
        };
    }

    void start() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(gcListener, null, null);
        }
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                StackTraceElement[] stack = fx.getStackTrace();
                long at = System.nanoTime();
                samples.add(new Sample(at, summarize(stack)));
                // Keep a few seconds only: a stall is explained within the next frame.
                while (!samples.isEmpty() && samples.peekFirst().at() < at - 5_000_000_000L) samples.pollFirst();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stall-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Called from the pulse timer (on the FX thread) for a gap longer than a frame. */
    void stall(long from, long to) {
        Map<String, Integer> where = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (s.at() >= from && s.at() <= to) where.merge(s.where(), 1, Integer::sum);
        }
        stalls.add(new Stall(from, to, where));
    }

    void stopAndReport(int worst) {
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(gcListener);
            } catch (javax.management.ListenerNotFoundException e) {
                // not registered on this bean
            }
        }
        System.out.printf("  %d gaps between pulses over 20 ms; the longest:%n", stalls.size());
        stalls.stream().sorted(Comparator.comparingLong(Stall::millis).reversed()).limit(worst).forEach(s -> {
            // Matched now, not when the stall was seen: a pause is reported after it ended, often after the next pulse.
            List<Pause> within = pauses.stream().filter(p -> p.to() >= s.from() && p.from() <= s.to()).toList();
            System.out.printf("  %d ms%s%n", s.millis(),
                    within.isEmpty() ? "" : "  GC: " + within.stream().map(Pause::what).collect(Collectors.joining(", ")));
            s.where().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .forEach(e -> System.out.printf("      %3d  %s%n", e.getValue(), e.getKey()));
        });
    }

    /**
     * A stack in a line: the frames that say what the FX thread was working for (the project's code,
     * RichTextFX, the scene's pulse, WebKit), outermost first, then the leaf.
     */
    private static String summarize(StackTraceElement[] stack) {
        if (stack.length == 0) return "?";
        List<String> marks = new ArrayList<>();
        for (int i = stack.length - 1; i >= 1; i--) {
            StackTraceElement e = stack[i];
            String c = e.getClassName();
            boolean interesting = c.startsWith("org.reviewdesk") || c.startsWith("org.fxmisc.richtext.GenericStyledArea")
                    || c.startsWith("org.fxmisc.richtext.model") || c.startsWith("com.sun.webkit.WebPage")
                    || c.startsWith("javafx.scene.web") || c.endsWith("ScenePulseListener") || c.equals("javafx.scene.Scene")
                    || c.equals("com.sun.javafx.tk.Toolkit") && e.getMethodName().equals("firePulse");
            if (!interesting) continue;
            String m = shortName(e);
            if (marks.isEmpty() || !marks.get(marks.size() - 1).equals(m)) marks.add(m);
        }
        if (marks.size() > 6) marks = new ArrayList<>(marks.subList(marks.size() - 6, marks.size()));
        String leaf = shortName(stack[0]);
        if (leaf.equals("GtkApplication._runLoop")) return "idle";
        return String.join(" > ", marks) + " | " + leaf;
    }

    private static String shortName(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }
}
