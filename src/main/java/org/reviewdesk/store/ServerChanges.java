package org.reviewdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.reviewdesk.model.library.LibraryAddress;

/**
 * What others change in a team library, as it happens: every write transaction ends with a {@code NOTIFY} on one
 * channel carrying the writer's origin (a random id of the open library) and the ids and row versions of the posts it
 * wrote, nothing of their text; this listens on its own connection and counts the changes that came from others, so
 * that a window reloads for them and not for its own writes. When the server goes away it says so and reconnects,
 * and counts the reconnection as a change, since it cannot know what it missed.
 */
final class ServerChanges implements AutoCloseable {
    static final String CHANNEL = "review_desk_changes";
    private static final Logger LOG = Logger.getLogger(ServerChanges.class.getName());
    private static final long RETRY_MILLIS = 1000;

    private final String origin = UUID.randomUUID().toString().substring(0, 13);
    private final PGConnectionPoolDataSource source;
    private final LibraryAddress.Server server;
    private final AtomicLong stamp = new AtomicLong();
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile Connection connection;
    private final Thread thread;
    private final Runnable onLost;

    private ServerChanges(PGConnectionPoolDataSource source, LibraryAddress.Server server, Runnable onLost) {
        this.onLost = onLost;
        this.source = source;
        this.server = server;
        this.thread = new Thread(this::listen, "library-changes");
        thread.setDaemon(true);
    }

    static ServerChanges start(PGConnectionPoolDataSource source, LibraryAddress.Server server, Runnable onLost) {
        ServerChanges changes = new ServerChanges(source, server, onLost);
        changes.connectOnce();
        changes.thread.start();
        return changes;
    }

    /** This open library's own mark on the notifications it sends. */
    String origin() {
        return origin;
    }

    /** A number that moves whenever someone else changed the library, or the connection to it came back. */
    long stamp() {
        if (!connected) throw new IllegalStateException("reconnecting to the team library at " + server.display() + "…");
        return stamp.get();
    }

    private void listen() {
        while (!closed) {
            try {
                if (connection == null) {
                    connectOnce();
                    if (connection == null) {
                        Thread.sleep(RETRY_MILLIS);
                        continue;
                    }
                    stamp.incrementAndGet();
                }
                PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications(500);
                if (received == null) continue;
                for (PGNotification n : received) {
                    if (!n.getParameter().startsWith(origin)) stamp.incrementAndGet();
                }
            } catch (SQLException e) {
                if (closed) return;
                LOG.log(Level.INFO, "lost the connection to " + server.display() + "; reconnecting", e);
                drop();
                onLost.run();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void connectOnce() {
        try {
            Connection c = source.getConnection();
            try (var st = c.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
            }
            connection = c;
            connected = true;
        } catch (SQLException e) {
            connected = false;
        }
    }

    private void drop() {
        connected = false;
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the connection is already gone
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        drop();
    }
}
