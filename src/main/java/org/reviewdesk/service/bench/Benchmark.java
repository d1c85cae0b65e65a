package org.reviewdesk.service.bench;

import org.reviewdesk.checks.rules.StandardChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.reviewdesk.checks.CheckEngine;
import org.reviewdesk.checks.CheckSettings;
import org.reviewdesk.checks.LibraryStats;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.markdown.MarkdownRenderer;
import org.reviewdesk.markdown.RenderOptions;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * Measures the whole pipeline on a synthesized library in a temporary folder: import (against plain JDBC
 * batches in the same run), the queue, search, Markdown rendering, the checks and the heap of a fresh JVM.
 */
public final class Benchmark {
    private static final long SEED = 20_261_122L;
    private static final int DEEP_PAGES = 25;
    /** A sample's own time, when it times only part of its work (else the whole sample is timed). */
    private static final ThreadLocal<Long> TIMED = new ThreadLocal<>();
    private static final String[] SEARCH_TERMS = {"rollback", "cache", "staging", "kubernetes", "flaky tests", "anp-ref-0001",
            "zero downtime", "postgres", "logging", "no such phrase anywhere"};

    private final Path work;
    private final Consumer<String> progress;
    private LibrarySizeProbe librarySize;

    public Benchmark(Path work, Consumer<String> progress) {
        this.work = work;
        this.progress = progress;
    }

    public BenchReport run(int posts) throws Exception {
        PostSynthesizer synth = new PostSynthesizer(SEED);
        Path files = Files.createDirectories(work.resolve("posts"));
        progress.accept("writing " + posts + " synthesized posts");
        writePosts(synth, posts, files);

        Path libraryDir = work.resolve("library");
        BenchReport.ImportFigures importFigures;
        QueueTimes queueTimes;
        SearchTimes searchTimes;
        CheckTimes checkTimes;
        try (Desk desk = Desk.open(libraryDir)) {
            importFigures = importAll(desk, posts, files);
            progress.accept("queue and search queries");
            queueTimes = queueTimes(desk);
            searchTimes = searchTimes(desk);
            progress.accept("markdown and checks");
            checkTimes = renderAndCheckTimes(desk, synth);
        }
        (librarySize = new LibrarySizeProbe(progress)).afterImport(libraryDir, files, posts);
        progress.accept("heap of a fresh JVM opening the library");
        BenchReport.MemoryFigures memory = heap(libraryDir);
        BenchReport.WindowFigures window = window(libraryDir, files, posts);
        progress.accept("the spelling dictionary, in a fresh JVM, and spelling a 1,500-word body");
        BenchReport.SpellingFigures spelling = spelling(synth);
        progress.accept("typing 1,000 keystrokes into a 10,000-word post in the window");
        BenchReport.TypingFigures typing = new TypingBench(work).measure();
        librarySize.afterEditing(libraryDir, posts);
        Runtime rt = Runtime.getRuntime();
        return new BenchReport(posts, new BenchReport.Machine(rt.availableProcessors(), System.getProperty("java.version"),
                rt.maxMemory() / (1024 * 1024), System.getProperty("os.name") + " " + System.getProperty("os.arch")),
                importFigures, queueTimes.page(), queueTimes.sorted(), queueTimes.deep(), queueTimes.count(), searchTimes.search(),
                searchTimes.scan(), round(searchTimes.indexSeconds()), checkTimes.render1500(), checkTimes.render10000(),
                checkTimes.checks(), round(checkTimes.sentenceSeconds()), memory, window, spelling, typing);
    }

    /**
     * The window started on the library, and beyond {@value SmallLibraryStart#POSTS} posts also on a library of its
     * first {@value SmallLibraryStart#POSTS}, the starts on the two in turn, for the ratio of their starts.
     */
    private BenchReport.WindowFigures window(Path libraryDir, Path files, int posts) throws Exception {
        if (posts <= SmallLibraryStart.POSTS) {
            progress.accept("the window, started " + (1 + WindowProbe.LATER_STARTS) + " times on the library");
            return new WindowProbe(work).measure(libraryDir);
        }
        progress.accept("a library of the first " + SmallLibraryStart.POSTS + " posts, for the ratio of the window's starts");
        Path small = new SmallLibraryStart(work).prepare(files);
        progress.accept("the window, started " + (1 + 2 * WindowProbe.LATER_STARTS) + " times: on the library and on the small"
                + " one in turn");
        List<BenchReport.WindowFigures> both = new WindowProbe(work).measure(libraryDir, small);
        return SmallLibraryStart.addTo(both.get(0), both.get(1));
    }

    /** The library folder against its text, after the import and after a day of editing (the JSON's {@code library}). */
    public java.util.Map<String, Object> librarySize() {
        return librarySize.figures();
    }

    private record QueueTimes(Percentiles page, Percentiles sorted, Percentiles deep, Percentiles count) {
    }

    private record SearchTimes(double indexSeconds, Percentiles search, Percentiles scan) {
    }

    private record CheckTimes(Percentiles render1500, Percentiles render10000, Percentiles checks, double sentenceSeconds) {
    }

    /**
     * The plain import as {@code import --no-checks} runs it, beside the same rows through plain JDBC batches (the
     * efficiency), in a JVM of its own ({@link PlainImport}); then the import as {@code import} runs it, in this JVM with
     * both compilers, and the checks of what it wrote, which it runs after.
     */
    private BenchReport.ImportFigures importAll(Desk desk, int posts, Path files) throws Exception {
        progress.accept("importing them as import --no-checks does, in a JVM of its own, and the same rows through plain"
                + " JDBC batches");
        PlainImport.Figures plain = PlainImport.measure(work, files, posts, SEED, progress);
        progress.accept("importing them again as import does, and checking what it wrote");
        long t0 = System.nanoTime();
        ImportReport report = desk.imports().importPaths(List.of(files), ImportOptions.DEFAULT, (d, t, o) -> {
            if (d % 10_000 == 0) progress.accept("  " + d + " of " + t);
        });
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        long c0 = System.nanoTime();
        desk.checks().checkWrittenSince(0, n -> { });
        double checkSeconds = (System.nanoTime() - c0) / 1e9;
        return new BenchReport.ImportFigures(round(plain.seconds()), round(posts / plain.seconds()),
                round(plain.jdbcSeconds()), round(posts / plain.jdbcSeconds()), round(plain.jdbcSeconds() / plain.seconds()),
                plain.failed() + report.failed().size(), round(importSeconds), round(checkSeconds),
                round(posts / (importSeconds + checkSeconds)));
    }

    private static QueueFilter needsReview(int i) {
        return new QueueFilter(true, 20 + (i * 7) % 70, null, null, null, null, null);
    }

    /**
     * The queue's first page in priority order, in every other order, and its counts. A page in another order costs
     * a pass over the matching rows: 36 samples (each column either way twice) keep a large run within its time.
     */
    private static QueueTimes queueTimes(Desk desk) throws Exception {
        Percentiles page = time(200, i -> desk.queue().page(needsReview(i), QueueSort.PRIORITY, 0, 200));
        QueueSort.Column[] columns = QueueSort.Column.values();
        Percentiles sorted = time(36, i -> desk.queue().page(needsReview(i),
                new QueueSort(columns[1 + i % (columns.length - 1)], i % 2 == 0), 0, 200));
        Percentiles count = time(200, i -> desk.library().queue().count(needsReview(i)));
        return new QueueTimes(page, sorted, deepPages(desk), count);
    }

    /**
     * The page after {@value #DEEP_PAGES} pages of 200 in each order either way, as the window reads it when the
     * queue is scrolled that far: from the key of the row above (the pages before it are read untimed).
     */
    private static Percentiles deepPages(Desk desk) throws Exception {
        QueueSort.Column[] columns = QueueSort.Column.values();
        return time(columns.length * 2, 2, i -> {
            QueueSort sort = new QueueSort(columns[i % columns.length], i % 2 == 0);
            QueueFilter filter = QueueFilter.ALL;
            QueuePage page = desk.queue().pageAfter(filter, sort, null, 200);
            for (int p = 1; p < DEEP_PAGES && page.next() != null; p++) page = desk.queue().pageAfter(filter, sort, page.next(), 200);
            if (page.next() == null) return;
            long t = System.nanoTime();
            desk.queue().pageAfter(filter, sort, page.next(), 200);
            TIMED.set(System.nanoTime() - t);
        });
    }

    /** Building the search index, searches through it, and the same searches as a scan (what answers meanwhile). */
    private SearchTimes searchTimes(Desk desk) throws Exception {
        progress.accept("building the search index");
        long s0 = System.nanoTime();
        desk.search().start();
        while (desk.search().state() == org.reviewdesk.service.LibrarySearch.State.BUILDING) Thread.sleep(20);
        double indexSeconds = (System.nanoTime() - s0) / 1e9;
        if (desk.search().state() != org.reviewdesk.service.LibrarySearch.State.READY) {
            throw new IllegalStateException("the search index could not be built: " + desk.search().state());
        }
        Percentiles search = time(40, 4, i -> {
            String term = SEARCH_TERMS[i % SEARCH_TERMS.length];
            desk.search().search(term, 0, 200);
            desk.search().count(term);
        });
        Percentiles scan = time(5, 1, i -> {
            String term = SEARCH_TERMS[i % SEARCH_TERMS.length];
            desk.posts().list(term, 0, 200);
            desk.library().posts().count(term);
        });
        return new SearchTimes(indexSeconds, search, scan);
    }

    /** Rendering a 1,500- and a 10,000-word body, the checks of one post, and counting the common sentences. */
    private CheckTimes renderAndCheckTimes(Desk desk, PostSynthesizer synth) throws Exception {
        MarkdownRenderer renderer = new MarkdownRenderer();
        String short1500 = bodyOfWords(synth, 1_500);
        String long10000 = bodyOfWords(synth, 10_000);
        Percentiles r1 = time(300, i -> renderer.render(short1500, RenderOptions.DEFAULT));
        Percentiles r2 = time(60, i -> renderer.render(long10000, RenderOptions.DEFAULT));
        CheckEngine engine = StandardChecks.engine();
        CheckSettings settings = CheckSettings.defaults(java.time.LocalDate.of(2026, 11, 22));
        List<Post> sample = IntStream.range(0, 100).mapToObj(synth::post).toList();
        Percentiles checks = time(300, i -> engine.run(sample.get(i % sample.size()), LibraryStats.EMPTY, settings));
        progress.accept("counting the library's common sentences (the boilerplate check's statistics)");
        long c0 = System.nanoTime();
        desk.checks().refreshStats();
        return new CheckTimes(r1, r2, checks, (System.nanoTime() - c0) / 1e9);
    }

    private static void writePosts(PostSynthesizer synth, int count, Path dir) {
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        IntStream.range(0, count).parallel().forEach(i -> {
            try {
                Files.writeString(dir.resolve(String.format("post-%06d.txt", i)), writer.write(synth.post(i)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String bodyOfWords(PostSynthesizer synth, int words) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 1000; n < words; i++) {
            String body = synth.post(i).body();
            sb.append(sb.length() == 0 ? "" : "\n\n").append(body);
            n += body.split("\\s+").length;
        }
        return sb.toString();
    }

    private BenchReport.MemoryFigures heap(Path libraryDir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m"), HeapProbe.class.getName(), libraryDir.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IOException("the heap probe failed: " + out);
        String[] last = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        return new BenchReport.MemoryFigures(round(Long.parseLong(last[0]) / 1048576.0), "256m", round(Long.parseLong(last[1]) / 1e6));
    }

    /** The dictionary's first load and heap in a fresh JVM; spelling a 1,500-word body here, after warm-up. */
    private static BenchReport.SpellingFigures spelling(PostSynthesizer synth) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), SpellingProbe.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IOException("the spelling probe failed: " + out);
        String[] last = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        Post post = new Post("Spelling", bodyOfWords(synth, 1_500), org.reviewdesk.model.Meta.EMPTY);
        org.reviewdesk.checks.SpellingSettings settings = org.reviewdesk.checks.SpellingSettings.DEFAULTS;
        Percentiles check = time(300, 30, i -> org.reviewdesk.service.SpellingService.misspellings(post, settings));
        int misspelt = org.reviewdesk.service.SpellingService.misspellings(post, settings).size();
        return new BenchReport.SpellingFigures(round(Long.parseLong(last[0]) / 1e6), round(Long.parseLong(last[1]) / 1048576.0),
                check, misspelt);
    }

    interface Sample {
        void run(int i) throws Exception;
    }

    static Percentiles time(int samples, Sample sample) throws Exception {
        return time(samples, Math.max(3, samples / 10), sample);
    }

    private static Percentiles time(int samples, int warmup, Sample sample) throws Exception {
        for (int i = 0; i < warmup; i++) sample.run(i);
        long[] nanos = new long[samples];
        Random order = new Random(1);
        for (int i = 0; i < samples; i++) {
            int k = order.nextInt(1_000_000);
            TIMED.remove();
            long t = System.nanoTime();
            sample.run(k);
            nanos[i] = TIMED.get() != null ? TIMED.get() : System.nanoTime() - t;
        }
        return Percentiles.of(nanos);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
