package org.reviewdesk.service.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.EditedPost;
import org.reviewdesk.service.StalePostException;

/**
 * Several editors on one team library at once: each client is a library opened on its own (its own connections and
 * its own listener, as another machine's window would be) doing, in a loop, queue pages and post reads (three in
 * four) and writes (one in four: a triage assignment, or a save of an edited body against the row version it read)
 * on a few posts that all clients share, so that they collide. A save that finds a newer row is a conflict, counted
 * and not retried. Each save appends a line of its own; at the end every post's body must hold every line whose save
 * was acknowledged, and a line missing is an update lost.
 */
final class ConcurrencyProbe {
    private static final int HOT_POSTS = 12;

    private final LibraryAddress.Server library;
    private final int posts;

    ConcurrencyProbe(LibraryAddress.Server library, int posts) {
        this.library = library;
        this.posts = posts;
    }

    record Result(int clients, long operations, double perSecond, Percentiles latency, long conflicts, long lost) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("operations", operations);
            m.put("operations_per_second", Math.round(perSecond));
            m.put("p50_ms", latency.p50Ms());
            m.put("p95_ms", latency.p95Ms());
            m.put("conflicts", conflicts);
            m.put("updates_lost", lost);
            return m;
        }
    }

    Result run(int clients, int seconds) throws Exception {
        List<Desk> desks = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) desks.add(Desk.open(library));
            List<Long> hot = desks.get(0).queue().page(new QueueFilter(false, null, null, null, null, null, null),
                    QueueSort.PRIORITY, 0, HOT_POSTS).rows().stream().map(r -> r.id()).toList();
            Map<Long, List<String>> acknowledged = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
            AtomicLong conflicts = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Client client = new Client(c, desks.get(c), hot, acknowledged, nanos, conflicts, end);
                Thread t = new Thread(client::loop, "bench-client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) t.join();
            long lost = lost(desks.get(0), acknowledged);
            long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
            return new Result(clients, all.length, all.length / (double) seconds, Percentiles.of(all), conflicts.get(), lost);
        } finally {
            for (Desk d : desks) d.close();
        }
    }

    private static long lost(Desk desk, Map<Long, List<String>> acknowledged) {
        long lost = 0;
        for (var e : acknowledged.entrySet()) {
            String body = desk.edits().open(e.getKey()).post().body();
            for (String line : e.getValue()) if (!body.contains(line)) lost++;
        }
        return lost;
    }

    private record Client(int number, Desk desk, List<Long> hot, Map<Long, List<String>> acknowledged,
                          ConcurrentLinkedQueue<Long> nanos, AtomicLong conflicts, long end) {
        void loop() {
            Random random = new Random(number);
            int n = 0;
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                int kind = random.nextInt(8);
                long id = hot.get(random.nextInt(hot.size()));
                if (kind < 3) {
                    desk.queue().page(new QueueFilter(true, 60, null, null, null, null, null), QueueSort.PRIORITY, 0, 200);
                } else if (kind < 6) {
                    desk.edits().open(id);
                } else if (kind == 6) {
                    desk.queue().assign(List.of(id), "client-" + number);
                } else {
                    save(id, "Client " + number + " was here, edit " + (n++) + ".");
                }
                nanos.add(System.nanoTime() - t);
            }
        }

        private void save(long id, String line) {
            EditedPost read = desk.edits().open(id);
            try {
                desk.edits().save(id, read.rowVersion(), read.post().withBody(read.post().body() + "\n" + line + "\n"),
                        FieldDrafts.NONE);
                acknowledged.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(line);
            } catch (StalePostException e) {
                conflicts.incrementAndGet();
            }
        }
    }
}
