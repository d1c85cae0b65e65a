package org.reviewdesk.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The typing probe's count of allocated memory: what the threads allocated between its start and stop, only that. */
class AllocatedBytesTest {
    private static volatile Object kept;

    @Test
    void countsWhatEveryLiveThreadAllocatedBetweenStartAndStop() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch allocate = new CountDownLatch(1);
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                started.countDown();
                allocate.await();
                kept = new byte[6_000_000];
                allocated.countDown();
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        started.await();
        kept = new byte[20_000_000];
        AllocatedBytes count = AllocatedBytes.start();
        kept = new byte[8_000_000];
        allocate.countDown();
        allocated.await();
        count.stop();
        end.countDown();
        worker.join();
        assertThat(count.megabytes()).as("8 MB here and 6 MB on the worker, not the 20 MB before the start")
                .isBetween(14.0, 24.0);
    }
}
