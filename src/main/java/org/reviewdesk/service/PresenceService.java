package org.reviewdesk.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.reviewdesk.model.library.PostPresence;
import org.reviewdesk.store.Library;
import org.reviewdesk.store.PresenceRepository;

/**
 * Who else has a post open. A window that shows a post says so with a heartbeat every {@link #HEARTBEAT}, and hears
 * back who else has the same post open; it says when it leaves the post or closes. A window that goes away without a
 * word (killed, its computer asleep, its network gone) drops out once its last heartbeat is older than {@link #EXPIRY}.
 * A note for the reviewer, never a lock: nothing here refuses an open or a save. Each desk is one window: its rows
 * carry an id of their own, so that a window never sees itself, while another window of the same user does.
 */
public final class PresenceService {
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** Three heartbeats: one late or lost heartbeat does not make a window vanish from the others' notes. */
    public static final Duration EXPIRY = HEARTBEAT.multipliedBy(3);

    private final Library library;
    private final Clock clock;
    private final Supplier<String> userName;
    private final LiveWindows windows;
    private final String clientId = UUID.randomUUID().toString();
    private volatile String host;
    /** Whether this window may have a row: a desk that never had a post open (a command) deletes nothing. */
    private volatile boolean present;

    PresenceService(Library library, Clock clock, Supplier<String> userName) {
        this(library, clock, userName, LiveWindows.forThisAccount());
    }

    PresenceService(Library library, Clock clock, Supplier<String> userName, LiveWindows windows) {
        this.library = library;
        this.clock = clock;
        this.userName = userName;
        this.windows = windows;
    }

    /**
     * This window has post {@code postId} open, still or now instead of another: returns the other windows that have
     * it open, earliest first. Heartbeats older than {@link #EXPIRY} are not among them (and are removed).
     */
    public List<PostPresence> beat(long postId) {
        Instant now = clock.instant();
        present = true;
        windows.hold(clientId);
        // A window of this computer that was killed is gone now, not when its heartbeat expires.
        for (String gone : windows.gone()) library.presence().leave(gone);
        return library.presence().beat(new PresenceRepository.Beat(clientId, postId, userName.get(), host()), now,
                now.minus(EXPIRY));
    }

    /** This window shows no post any more, or closes: the others' notes drop it at their next heartbeat. */
    public void leave() {
        if (!present) return;
        library.presence().leave(clientId);
        present = false;
    }

    /** The window closes: it leaves, and its mark as a running window goes. */
    void close() {
        try {
            leave();
        } finally {
            windows.release();
        }
    }

    /** The computer's name as its users know it; read once, since a look-up may ask the network. */
    private String host() {
        String known = host;
        if (known != null) return known;
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = "this computer";
            }
        }
        host = name;
        return name;
    }
}
