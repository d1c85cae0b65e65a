package org.reviewdesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand ({@code clock.now = clock.now.plus(…)}), in UTC. */
public final class HandClock extends Clock {
    public volatile Instant now;

    public HandClock(String start) {
        this.now = Instant.parse(start);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
