package org.reviewdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.library.PostPresence;

/**
 * Which window has which post open (table post_presence, V14): one row per window, kept by its heartbeats. Its writes
 * leave the library's change stamp alone, so that no window reloads for another's heartbeat.
 */
public final class PresenceRepository {
    private static final String COLUMNS = "client_id, post_id, user_name, host_name, opened_at, heartbeat_at";
    private final Jdbi jdbi;

    PresenceRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The window that writes a heartbeat, and the post it has open. */
    public record Beat(String clientId, long postId, String userName, String host) {
    }

    /**
     * Records {@code beat} at {@code now} (since {@code now} when the window has just opened the post, else since it
     * first did), removes the rows whose last heartbeat is before {@code expiredBefore}, and returns the other windows
     * on the same post, earliest first; one transaction.
     */
    public List<PostPresence> beat(Beat beat, Instant now, Instant expiredBefore) {
        return jdbi.inTransaction(h -> {
            h.execute("DELETE FROM post_presence WHERE heartbeat_at < ?", utc(expiredBefore));
            int kept = h.createUpdate("UPDATE post_presence SET heartbeat_at = :now, user_name = :user, host_name = :host "
                            + "WHERE client_id = :client AND post_id = :post")
                    .bind("now", utc(now)).bind("user", beat.userName()).bind("host", beat.host())
                    .bind("client", beat.clientId()).bind("post", beat.postId()).execute();
            if (kept == 0) {
                h.execute(Dialect.of(h).upsert("post_presence", "client_id", COLUMNS, "?, ?, ?, ?, ?, ?"),
                        beat.clientId(), beat.postId(), beat.userName(), beat.host(), utc(now), utc(now));
            }
            return others(h, beat);
        });
    }

    private static List<PostPresence> others(Handle h, Beat beat) {
        return h.createQuery("SELECT user_name, host_name, opened_at FROM post_presence "
                        + "WHERE post_id = :post AND client_id <> :client ORDER BY opened_at, user_name")
                .bind("post", beat.postId()).bind("client", beat.clientId())
                .map((rs, ctx) -> new PostPresence(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The window left its post, or closes: its row goes. */
    public void leave(String clientId) {
        jdbi.useHandle(h -> h.execute("DELETE FROM post_presence WHERE client_id = ?", clientId));
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
