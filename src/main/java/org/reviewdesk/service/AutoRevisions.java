package org.reviewdesk.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a save of an opened post should first keep its stored text as an automatic revision: at the first save after a
 * post is opened, then once the interval has passed since the last one, so that a day's editing can be stepped
 * through in the history. Shared by the threads that save, hence synchronized.
 */
public final class AutoRevisions {
    /** The interval when none is set. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    private Clock clock = Clock.systemUTC();
    private Duration interval = DEFAULT_INTERVAL;
    private long postId = -1;
    private Instant last;

    public synchronized void setClock(Clock clock) {
        this.clock = clock;
    }

    /** How often, at least, an automatic revision is kept while editing; zero or negative keeps none. */
    public synchronized void setInterval(Duration interval) {
        this.interval = interval;
    }

    public synchronized Duration interval() {
        return interval;
    }

    /** Whether the save of post {@code id} about to start should keep a revision first; if so, counts it as kept. */
    synchronized boolean dueBeforeSaving(long id) {
        if (interval.isZero() || interval.isNegative()) return false;
        Instant now = clock.instant();
        boolean due = id != postId || last == null || !now.isBefore(last.plus(interval));
        if (due) {
            postId = id;
            last = now;
        }
        return due;
    }

    /** Post {@code id} was opened: its next save keeps a revision. */
    synchronized void opened(long id) {
        postId = id;
        last = null;
    }
}
