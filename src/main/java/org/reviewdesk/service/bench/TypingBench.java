package org.reviewdesk.service.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typing into a 10,000-word post in the window: the window's typing probe ({@value #PROBE}) run in a fresh JVM with
 * a display and the window's JVM options ({@link WindowProbe#WINDOW_OPTIONS}), whose figures it reads back. Its heap
 * is held to 512 MB: the window sets none, so its own is a quarter of the machine's memory, and a small machine's
 * collections come more often. It types 1,000 keystrokes at the start, the middle and the end of the post and inside
 * a list, a code block and a table; each keystroke's figure is the longest an event waited for the FX thread until
 * the next one, which is a frame shown late when over 16 ms.
 */
final class TypingBench {
    /** Named, not linked: the services know nothing of the window, which is only started here as a program. */
    private static final String PROBE = "org.reviewdesk.gui.bench.TypingProbe";
    private static final long TIMEOUT_SECONDS = 600;
    private static final Pattern FIGURE = Pattern.compile("\"([a-z_0-9]+)\":\\s*(-?[0-9.]+)");

    private final Path work;

    TypingBench(Path work) {
        this.work = work;
    }

    /** The probe's figures ({@code p50_ms}, {@code p95_ms}, {@code max_ms}, {@code frames_over_16ms}, …), or why none. */
    BenchReport.TypingFigures measure() throws IOException, InterruptedException {
        List<String> display = WindowProbe.displayPrefix();
        if (display == null) return BenchReport.TypingFigures.skipped("no display: set DISPLAY, or install xvfb-run");
        Path report = work.resolve("typing.json");
        Path log = work.resolve("typing.log");
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(WindowProbe.WINDOW_OPTIONS);
        options.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
        List<String> command = new ArrayList<>(display);
        command.addAll(ChildJvm.command(options, PROBE, report.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return BenchReport.TypingFigures.skipped("the typing probe did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (!Files.exists(report)) return BenchReport.TypingFigures.skipped("the typing probe failed (exit " + p.exitValue() + ")");
        Map<String, Double> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(Files.readString(report, StandardCharsets.UTF_8));
        while (m.find()) figures.put(m.group(1), Double.parseDouble(m.group(2)));
        return new BenchReport.TypingFigures(figures, null);
    }
}
