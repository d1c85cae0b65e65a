package org.reviewdesk.service;

import java.nio.file.Path;
import java.time.Clock;

/** A window of its own process for {@link LiveWindowsTest}: has post ARGS[1] open in the library ARGS[0], then waits to be killed. */
public final class PresenceChild {
    private PresenceChild() {
    }

    public static void main(String[] args) throws Exception {
        Desk desk = Desk.open(Path.of(args[0]));
        PresenceService presence = new PresenceService(desk.library(), Clock.systemUTC(), () -> "Killed Window",
                new LiveWindows(Path.of(args[2])));
        presence.beat(Long.parseLong(args[1]));
        System.out.println("beating");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
