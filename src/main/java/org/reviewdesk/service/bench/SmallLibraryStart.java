package org.reviewdesk.service.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;

/**
 * The window's start on a library of {@value #POSTS} posts, beside its start on the benchmark's own library in the
 * same run: a start that does not grow with the library starts as fast on both. The small library holds the first
 * {@value #POSTS} of the benchmark's files, imported and checked as the large one was. Its starts alternate with the
 * large library's, so that the machine's drift over the minutes of the bench does not show as a ratio.
 */
final class SmallLibraryStart {
    static final int POSTS = 1_000;

    private final Path work;

    SmallLibraryStart(Path work) {
        this.work = work;
    }

    /** The small library: the first {@value #POSTS} of the benchmark's files, imported and checked. */
    Path prepare(Path files) throws Exception {
        Path library = work.resolve("library-" + POSTS);
        Path smallFiles = Files.createDirectories(work.resolve("posts-" + POSTS));
        try (Stream<Path> all = Files.list(files)) {
            for (Path file : all.sorted().limit(POSTS).toList()) Files.copy(file, smallFiles.resolve(file.getFileName()));
        }
        try (Desk desk = Desk.open(library)) {
            desk.imports().importPaths(List.of(smallFiles), ImportOptions.DEFAULT, (d, t, o) -> { });
            desk.checks().checkWrittenSince(0, n -> { });
        }
        return library;
    }

    /**
     * {@code window} with {@code interactive_ms_1000_posts} and {@code interactive_ratio_to_1000_posts} added: the
     * median start on the small library, and the large library's median divided by it, from starts taken in turn
     * (WindowProbe). Unchanged when the window was not measured.
     */
    static BenchReport.WindowFigures addTo(BenchReport.WindowFigures window, BenchReport.WindowFigures small) {
        if (window.skipped() != null || small.skipped() != null) return window;
        double smallMs = small.later().getOrDefault("interactive_ms", -1.0);
        double largeMs = window.later().getOrDefault("interactive_ms", -1.0);
        Map<String, Double> later = new LinkedHashMap<>(window.later());
        later.put("interactive_ms_" + POSTS + "_posts", smallMs);
        later.put("interactive_max_ms_" + POSTS + "_posts", small.later().getOrDefault("interactive_max_ms", -1.0));
        later.put("interactive_ratio_to_" + POSTS + "_posts", Math.round(largeMs / smallMs * 1000) / 1000.0);
        return new BenchReport.WindowFigures(window.firstStartInteractiveMs(), later, null);
    }
}
