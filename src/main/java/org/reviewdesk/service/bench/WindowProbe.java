package org.reviewdesk.service.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the window in a fresh JVM with {@code -Xmx256m} on the benchmark's library, as a user would, and reads the
 * start-up report it writes once it is interactive (the window's {@code reviewdesk.startup.report}), then lets it
 * close. The first start writes a class-data archive when it closes, as {@code app/review-desk} does after a
 * build; the {@value #LATER_STARTS} later ones map it, which is what every later start costs: their figures are the
 * medians over those starts, and {@code interactive_max_ms} the slowest of them. Two libraries are measured with
 * their later starts in turn.
 */
final class WindowProbe {
    private static final long TIMEOUT_SECONDS = 180;
    static final int LATER_STARTS = 5;
    /**
     * The options app/review-desk starts the window with besides its class-data archive (a shell script and the bench
     * cannot share a constant; WindowProbeTest holds them equal): the quick compiler only (decision 0005), and
     * objects handed to the old generation after 3 young collections (decision 0024).
     */
    static final List<String> WINDOW_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:MaxTenuringThreshold=3");
    private static final Pattern FIGURE = Pattern.compile("\"([a-z0-9_]+)\":\\s*(-?[0-9.]+)");

    private final Path work;

    WindowProbe(Path work) {
        this.work = work;
    }

    /** The window's figures, or why they could not be taken here. */
    BenchReport.WindowFigures measure(Path libraryDir) throws IOException, InterruptedException {
        return measure(libraryDir, null).get(0);
    }

    /**
     * The window's figures on {@code libraryDir} and, unless {@code other} is null, on {@code other} too: the later
     * starts on the two are taken in turn (one, the other, one…), so that a machine that slows down or speeds up
     * meanwhile weighs on both alike and their ratio is the libraries'. The class-data archive the first start
     * writes serves both.
     */
    List<BenchReport.WindowFigures> measure(Path libraryDir, Path other) throws IOException, InterruptedException {
        List<String> display = displayPrefix();
        int libraries = other == null ? 1 : 2;
        if (display == null) {
            return skipped(libraries, "no display: set DISPLAY, or install xvfb-run, to measure the window");
        }
        Path archive = work.resolve("window.jsa");
        Start first = start(display, libraryDir, "-XX:ArchiveClassesAtExit=" + archive, "first");
        if (first.problem() != null) return skipped(libraries, first.problem());
        List<Map<String, Double>> later = new ArrayList<>();
        List<Map<String, Double>> otherLater = new ArrayList<>();
        for (int i = 1; i <= LATER_STARTS; i++) {
            for (int lib = 0; lib < libraries; lib++) {
                Start start = start(display, lib == 0 ? libraryDir : other, "-XX:SharedArchiveFile=" + archive,
                        (lib == 0 ? "later-" : "other-") + i);
                if (start.problem() != null) return skipped(libraries, start.problem());
                (lib == 0 ? later : otherLater).add(start.figures());
            }
        }
        BenchReport.WindowFigures figures = new BenchReport.WindowFigures(
                first.figures().getOrDefault("interactive_ms", -1.0), medians(later), null);
        return other == null ? List.of(figures)
                : List.of(figures, new BenchReport.WindowFigures(-1.0, medians(otherLater), null));
    }

    private static List<BenchReport.WindowFigures> skipped(int libraries, String why) {
        return java.util.Collections.nCopies(libraries, BenchReport.WindowFigures.skipped(why));
    }

    /** Each figure's median over the starts (the middle one), and the slowest start to interactive. */
    static Map<String, Double> medians(List<Map<String, Double>> starts) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : starts.get(0).keySet()) {
            List<Double> values = starts.stream().map(s -> s.get(key)).filter(java.util.Objects::nonNull).sorted().toList();
            out.put(key, values.get((values.size() - 1) / 2));
        }
        starts.stream().map(s -> s.get("interactive_ms")).filter(java.util.Objects::nonNull)
                .max(Double::compare).ifPresent(max -> out.put("interactive_max_ms", max));
        out.put("starts", (double) starts.size());
        return out;
    }

    /** One start's report, or what went wrong. */
    private record Start(Map<String, Double> figures, String problem) {
    }

    private Start start(List<String> display, Path libraryDir, String cds, String name) throws IOException, InterruptedException {
        Path report = work.resolve("window-" + name + ".json");
        Path log = work.resolve("window-" + name + ".log");
        // The options app/review-desk starts the window with: a class-data archive and the window's own.
        List<String> options = new ArrayList<>(List.of("-Xmx256m", cds, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        options.addAll(WINDOW_OPTIONS);
        options.addAll(List.of("-Djava.util.prefs.userRoot=" + work.resolve("prefs"),
                "-Dreviewdesk.startup.report=" + report, "-Dreviewdesk.startup.exit=true"));
        List<String> command = new ArrayList<>(display);
        command.addAll(ChildJvm.command(options, "org.reviewdesk.Main", "--library", libraryDir.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return new Start(null, "the window did not become interactive within " + TIMEOUT_SECONDS + " s" + tail(log));
        }
        if (!Files.exists(report)) {
            return new Start(null, "the window wrote no start-up report (exit " + p.exitValue() + ")" + tail(log));
        }
        return new Start(figures(Files.readString(report, StandardCharsets.UTF_8)), null);
    }

    /** The figures of a start-up report: one flat JSON object of numbers. */
    static Map<String, Double> figures(String json) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(json);
        while (m.find()) figures.put(m.group(1), Double.parseDouble(m.group(2)));
        return figures;
    }

    /** The last lines the window printed, for a report that says why it is missing. */
    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : ": " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    /** How to reach a display: none needed, through xvfb-run, or null when there is none. */
    static List<String> displayPrefix() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) return List.of();
        if (notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"))) return List.of();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return List.of(Path.of(dir, "xvfb-run").toString(), "-a", "-s", "-screen 0 1600x1000x24");
            }
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
