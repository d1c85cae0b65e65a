package org.reviewdesk.service.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * The bench on a team library: the database figures of the folder bench (import, the queue's page in priority and in
 * every other order, its counts, the word search) on a PostgreSQL server, and several editors at once
 * ({@link ConcurrencyProbe}). It works in a schema of its own in the database it is given, dropped afterwards.
 */
public final class TeamBenchmark {
    private final LibraryAddress.Server database;
    private final Consumer<String> progress;

    public TeamBenchmark(LibraryAddress.Server database, Consumer<String> progress) {
        this.database = database;
        this.progress = progress;
    }

    /** Runs the bench with {@code posts} posts and each client count for {@code seconds}; returns the figures. */
    public Map<String, Object> run(int posts, List<Integer> clients, int seconds, boolean keep) throws Exception {
        String schema = "review_desk_bench_" + System.currentTimeMillis();
        sql("CREATE SCHEMA " + schema);
        LibraryAddress.Server at = database.inSchema(schema);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("posts", posts);
        root.put("library", database.display() + " (schema " + schema + ")");
        try {
            try (Desk desk = Desk.open(at)) {
                root.put("import", importAll(desk, posts));
                progress.accept("queue and search queries");
                root.put("queue_page", time(200, i -> desk.queue().page(needsReview(i), QueueSort.PRIORITY, 0, 200)));
                QueueSort.Column[] columns = QueueSort.Column.values();
                root.put("queue_sorted", time(36, i -> desk.queue().page(needsReview(i),
                        new QueueSort(columns[1 + i % (columns.length - 1)], i % 2 == 0), 0, 200)));
                root.put("queue_count", time(100, i -> desk.library().queue().count(needsReview(i))));
                long s0 = System.nanoTime();
                desk.search().start();
                while (desk.search().state() == org.reviewdesk.service.LibrarySearch.State.BUILDING) Thread.sleep(20);
                root.put("search_index_seconds", Math.round((System.nanoTime() - s0) / 1e7) / 100.0);
                root.put("search", time(40, i -> {
                    desk.search().search(SEARCH[i % SEARCH.length], 0, 200);
                    desk.search().count(SEARCH[i % SEARCH.length]);
                }));
            }
            Map<String, Object> together = new LinkedHashMap<>();
            for (int n : clients) {
                progress.accept(n + " clients, mixed reads and writes for " + seconds + " s");
                together.put(String.valueOf(n), new ConcurrencyProbe(at, posts).run(n, seconds).toMap());
            }
            root.put("concurrency", together);
        } finally {
            if (keep) progress.accept("kept schema " + schema);
            else sql("DROP SCHEMA " + schema + " CASCADE");
        }
        return root;
    }

    private static final String[] SEARCH = {"kubernetes", "cache", "migration", "terraform", "rust"};

    /** The import as the command line does it: the synthesized posts as alphanode files, imported from their folder. */
    private Map<String, Object> importAll(Desk desk, int posts) throws Exception {
        progress.accept("writing " + posts + " synthesized posts");
        PostSynthesizer synth = new PostSynthesizer(20_261_122L);
        java.nio.file.Path files = java.nio.file.Files.createTempDirectory("review-desk-team-bench-");
        try {
            org.reviewdesk.formats.alphanode.AlphanodeTextWriter writer = new org.reviewdesk.formats.alphanode.AlphanodeTextWriter();
            IntStream.range(0, posts).parallel().forEach(i -> {
                try {
                    java.nio.file.Files.writeString(files.resolve(String.format("post-%06d.txt", i)), writer.write(synth.post(i)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            progress.accept("importing them");
            long t0 = System.nanoTime();
            desk.imports().importPaths(List.of(files), org.reviewdesk.service.ImportOptions.DEFAULT, (d, t, o) -> {
                if (d % 10_000 == 0) progress.accept("  " + d + " of " + t);
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seconds", Math.round(seconds * 100) / 100.0);
            m.put("posts_per_second", Math.round(posts / seconds));
            return m;
        } finally {
            try (var walk = java.nio.file.Files.walk(files)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static QueueFilter needsReview(int i) {
        return new QueueFilter(true, 20 + (i * 7) % 70, null, null, null, null, null);
    }

    /** The folder bench's timer (the same warm-up and random order), as the JSON's p50, p95 and samples. */
    private static Map<String, Object> time(int samples, Benchmark.Sample sample) throws Exception {
        Percentiles p = Benchmark.time(samples, sample);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50_ms", p.p50Ms());
        m.put("p95_ms", p.p95Ms());
        m.put("samples", p.samples());
        return m;
    }

    private void sql(String statement) throws Exception {
        org.reviewdesk.store.Library.execute(database, statement);
    }
}
