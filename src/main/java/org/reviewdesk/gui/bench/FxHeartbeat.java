package org.reviewdesk.gui.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import javafx.application.Platform;

/**
 * How long events wait for the FX thread: one heartbeat is queued on it at a time, the next a millisecond after the
 * last one ran. A heartbeat's wait is what a keystroke arriving at that moment would have waited for whatever the FX
 * thread was doing (a task, a pulse, a collector's pause). Only one is ever queued: JavaFX hands queued runnables to
 * the toolkit one at a time, pulses included, so heartbeats queued regardless would pile up ahead of the pulses.
 */
final class FxHeartbeat {
    private final Semaphore ran = new Semaphore(0);
    /** {ran at, waited} in nanoseconds; written on the FX thread, read after {@link #stop}. */
    private final List<long[]> beats = new ArrayList<>();
    private volatile boolean running = true;
    private Thread poster;

    void start() {
        poster = new Thread(this::post, "heartbeat");
        poster.setDaemon(true);
        poster.start();
    }

    private void post() {
        try {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    long now = System.nanoTime();
                    synchronized (beats) {
                        beats.add(new long[] {now, now - posted});
                    }
                    ran.release();
                });
                ran.acquire();
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() throws InterruptedException {
        running = false;
        poster.join();
    }

    /** Every beat, in the order they ran. */
    List<long[]> beats() {
        synchronized (beats) {
            return List.copyOf(beats);
        }
    }
}
