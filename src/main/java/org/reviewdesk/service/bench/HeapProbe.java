package org.reviewdesk.service.bench;

import java.nio.file.Path;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;

/**
 * Run in a fresh JVM by the benchmark: opens a library, loads the first queue page and the first page of the
 * library list, as the window does on start, and prints the heap in use after a collection, in bytes.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (Desk desk = Desk.open(Path.of(args[0]))) {
            desk.library().queue().page(QueueFilter.DEFAULT, QueueSort.PRIORITY, 0, 200);
            desk.library().posts().search("", 0, 200);
            long ready = System.nanoTime() - start;
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.println((rt.totalMemory() - rt.freeMemory()) + " " + ready);
        }
    }
}
