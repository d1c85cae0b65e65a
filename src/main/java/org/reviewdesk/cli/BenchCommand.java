package org.reviewdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.service.bench.BenchReport;
import org.reviewdesk.service.bench.Benchmark;
import org.reviewdesk.service.bench.Percentiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures import, the queue, search, rendering, the checks and memory on a synthesized library",
                "in a temporary folder (your library is not touched). The JSON keys are documented in the README."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--posts", defaultValue = "20000", paramLabel = "N", description = "Library size (default: ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--keep", description = "Keep the temporary folder (its path is printed).")
    boolean keep;

    @Option(names = "--library", paramLabel = "postgresql://USER@HOST:PORT/DATABASE",
            description = "Bench a team library on this PostgreSQL server instead (in a schema of its own, dropped "
                    + "afterwards): the database figures, and several clients at once.")
    String library;

    @Option(names = "--clients", split = ",", defaultValue = "2,4,8", paramLabel = "N,N…",
            description = "With --library: the numbers of clients working at once (default: ${DEFAULT-VALUE}).")
    java.util.List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S",
            description = "With --library: how long each number of clients works (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (posts < 100 || posts > 999_999) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--posts must be from 100 to 999999");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (library != null) return team(err);
        Path work = Files.createTempDirectory("review-desk-bench-");
        BenchReport report;
        Benchmark benchmark = new Benchmark(work, line -> {
            err.println("bench: " + line);
            err.flush();
        });
        try {
            report = benchmark.run(posts);
        } finally {
            if (keep) err.println("bench: kept " + work);
            else deleteTree(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = toJson(report);
            root.put("library", benchmark.librarySize());
            out.println(Json.write(root));
        } else {
            printText(out, report);
            LibrarySizeText.print(out, benchmark.librarySize());
        }
        return 0;
    }

    private int team(PrintWriter err) throws Exception {
        if (!(org.reviewdesk.model.library.LibraryAddress.parse(library)
                instanceof org.reviewdesk.model.library.LibraryAddress.Server server)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--library takes a postgresql:// address (a folder library is what the bench measures without it)");
        }
        Map<String, Object> figures = new org.reviewdesk.service.bench.TeamBenchmark(server, line -> {
            err.println("bench: " + line);
            err.flush();
        }).run(posts, clients, seconds, keep);
        spec.commandLine().getOut().println(Json.write(figures));
        return 0;
    }

    static Map<String, Object> toJson(BenchReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("posts", r.posts());
        root.put("machine", Map.of("cores", r.machine().cores(), "java", r.machine().java(),
                "max_heap_mb", r.machine().maxHeapMb(), "os", r.machine().os()));
        root.put("import", importFigures(r.importFigures()));
        root.put("queue_page", stats(r.queuePage()));
        root.put("queue_sorted", stats(r.queueSorted()));
        root.put("queue_sorted_deep", stats(r.queueSortedDeep()));
        root.put("queue_count", stats(r.queueCount()));
        root.put("search", stats(r.search()));
        root.put("search_scan", stats(r.searchScan()));
        root.put("search_index_seconds", r.searchIndexSeconds());
        root.put("render_1500_words", stats(r.render1500()));
        root.put("render_10000_words", stats(r.render10000()));
        root.put("checks", stats(r.checks()));
        root.put("sentence_count_seconds", r.sentenceCountSeconds());
        Map<String, Object> mem = new LinkedHashMap<>();
        mem.put("heap_used_mb", r.memory().heapUsedMb());
        mem.put("max_heap", r.memory().probeMaxHeap());
        mem.put("open_and_first_page_ms", r.memory().openAndFirstPageMs());
        root.put("memory", mem);
        Map<String, Object> win = new LinkedHashMap<>();
        if (r.window().skipped() != null) {
            win.put("skipped", r.window().skipped());
        } else {
            win.put("first_start_interactive_ms", r.window().firstStartInteractiveMs());
            r.window().later().forEach(win::put);
        }
        root.put("window", win);
        root.put("spelling", spelling(r.spelling()));
        root.put("typing_10000_words", typing(r.typing()));
        return root;
    }

    private static Map<String, Object> importFigures(BenchReport.ImportFigures i) {
        Map<String, Object> imp = new LinkedHashMap<>();
        imp.put("seconds", i.seconds());
        imp.put("posts_per_second", i.postsPerSecond());
        imp.put("jdbc_batch_seconds", i.jdbcSeconds());
        imp.put("jdbc_batch_posts_per_second", i.jdbcPostsPerSecond());
        imp.put("efficiency", i.efficiency());
        imp.put("failed", i.failed());
        imp.put("checked_import_seconds", i.checkedImportSeconds());
        imp.put("check_seconds", i.checkSeconds());
        imp.put("checked_posts_per_second", i.checkedPostsPerSecond());
        return imp;
    }

    /** The probe's figures; the counts among them as whole numbers. */
    private static Map<String, Object> typing(BenchReport.TypingFigures t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t.skipped() != null) {
            m.put("skipped", t.skipped());
        } else {
            t.figures().forEach((k, v) -> m.put(k, k.endsWith("_ms") ? (Object) v : (Object) Math.round(v)));
        }
        return m;
    }

    private static Map<String, Object> spelling(BenchReport.SpellingFigures s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("load_ms", s.loadMs());
        m.put("heap_mb", s.heapMb());
        m.put("check_1500_words_p50_ms", s.check1500().p50Ms());
        m.put("check_1500_words_p95_ms", s.check1500().p95Ms());
        m.put("check_1500_words_max_ms", s.check1500().maxMs());
        m.put("misspelt_words", s.misspelt());
        return m;
    }

    private static Map<String, Object> stats(Percentiles p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50_ms", p.p50Ms());
        m.put("p95_ms", p.p95Ms());
        m.put("max_ms", p.maxMs());
        m.put("samples", p.samples());
        return m;
    }

    private static void printText(PrintWriter out, BenchReport r) {
        out.printf("Review Desk bench: %,d posts, %d cores, Java %s%n", r.posts(), r.machine().cores(), r.machine().java());
        BenchReport.ImportFigures i = r.importFigures();
        out.printf("import            %,10.0f posts/s  (%.1f s; plain JDBC batches %,.0f posts/s; efficiency %.0f%%)%n",
                i.postsPerSecond(), i.seconds(), i.jdbcPostsPerSecond(), i.efficiency() * 100);
        out.printf("import + checks   %,10.0f posts/s  (checks %.1f s after the import)%n", i.checkedPostsPerSecond(), i.checkSeconds());
        line(out, "queue page", r.queuePage());
        line(out, "queue, sorted", r.queueSorted());
        line(out, "queue, sorted, page 26", r.queueSortedDeep());
        line(out, "queue count", r.queueCount());
        line(out, "search", r.search());
        line(out, "search, scanning", r.searchScan());
        out.printf("search index      %10.1f s to build over the library%n", r.searchIndexSeconds());
        line(out, "render 1,500 w", r.render1500());
        line(out, "render 10,000 w", r.render10000());
        line(out, "checks", r.checks());
        line(out, "spell 1,500 w", r.spelling().check1500());
        out.printf("spelling dict     %10.1f ms to load when first needed, %.1f MB of heap (fresh JVM)%n",
                r.spelling().loadMs(), r.spelling().heapMb());
        out.printf("sentence count    %10.1f s over the library (the boilerplate check's statistics, in the background)%n",
                r.sentenceCountSeconds());
        out.printf("heap              %10.1f MB after opening and the first page (fresh JVM, -Xmx%s; %.0f ms)%n",
                r.memory().heapUsedMb(), r.memory().probeMaxHeap(), r.memory().openAndFirstPageMs());
        typing(out, r.typing());
        BenchReport.WindowFigures w = r.window();
        if (w.skipped() != null) {
            out.printf("window            not measured: %s%n", w.skipped());
        } else {
            out.printf("window            interactive %,.0f ms from the process start (first start after a build %,.0f ms);"
                            + " desk shown %,.0f ms, library open %,.0f ms, first post opened in %,.0f ms, heap %.0f MB%n",
                    w.later().getOrDefault("interactive_ms", -1.0), w.firstStartInteractiveMs(),
                    w.later().getOrDefault("desk_shown_ms", -1.0), w.later().getOrDefault("library_open_ms", -1.0),
                    w.later().getOrDefault("first_post_open_ms", -1.0), w.later().getOrDefault("heap_used_mb", -1.0));
            Double ratio = w.later().get("interactive_ratio_to_1000_posts");
            if (ratio != null) {
                out.printf("window, 1,000     interactive %,.0f ms on a library of the first 1,000 posts; this library's start is %.2f"
                        + " times that%n", w.later().get("interactive_ms_1000_posts"), ratio);
            }
        }
    }

    private static void typing(PrintWriter out, BenchReport.TypingFigures t) {
        if (t.skipped() != null) {
            out.printf("typing 10,000 w   not measured: %s%n", t.skipped());
            return;
        }
        Map<String, Double> f = t.figures();
        out.printf("typing 10,000 w   FX thread per keystroke p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.0f of %.0f over 16 ms;"
                        + " to the preview p50 %.1f ms, p95 %.1f ms%n", f.get("p50_ms"), f.get("p95_ms"), f.get("max_ms"),
                f.get("frames_over_16ms"), f.get("keystrokes"), f.get("preview_p50_ms"), f.get("preview_p95_ms"));
    }

    private static void line(PrintWriter out, String name, Percentiles p) {
        out.printf("%-17s p50 %8.2f ms   p95 %8.2f ms   (%d samples)%n", name, p.p50Ms(), p.p95Ms(), p.samples());
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
