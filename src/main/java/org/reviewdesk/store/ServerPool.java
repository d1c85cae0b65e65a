package org.reviewdesk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;

/**
 * The connections of a team library. Unlike one person's file, a server goes away and comes back (a restart, a
 * network that drops): a connection the driver reported broken is closed, never handed out again, and one that sat
 * idle is checked before it is, so that the library works again as soon as the server is back, without a restart of
 * the window.
 */
final class ServerPool implements DataSource, ConnectionEventListener, AutoCloseable {
    private static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int WAIT_SECONDS = 30;

    private final ConnectionPoolDataSource source;
    private final int max;
    private final Semaphore permits;
    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private final Map<PooledConnection, Long> returnedAt = new ConcurrentHashMap<>();
    private final Map<PooledConnection, Boolean> broken = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ServerPool(ConnectionPoolDataSource source, int max) {
        this.source = source;
        this.max = max;
        this.permits = new Semaphore(max, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) throw new SQLException("the library is closed");
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("all " + max + " connections to the team library stayed busy for " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        try {
            return checkOut();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection checkOut() throws SQLException {
        for (PooledConnection pc = takeIdle(); pc != null; pc = takeIdle()) {
            Long since = returnedAt.remove(pc);
            Connection c = pc.getConnection();
            if (since == null || System.nanoTime() - since < CHECK_AFTER_IDLE_NANOS || c.isValid(2)) return c;
            broken.put(pc, true);
            c.close();
        }
        PooledConnection pc = source.getPooledConnection();
        pc.addConnectionEventListener(this);
        return pc.getConnection();
    }

    private synchronized PooledConnection takeIdle() {
        return idle.pollFirst();
    }

    @Override
    public void connectionClosed(ConnectionEvent event) {
        PooledConnection pc = (PooledConnection) event.getSource();
        try {
            if (closed || broken.remove(pc) != null) {
                discard(pc);
            } else {
                returnedAt.put(pc, System.nanoTime());
                synchronized (this) {
                    idle.offerFirst(pc);
                }
            }
        } finally {
            permits.release();
        }
    }

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {
        broken.put((PooledConnection) event.getSource(), true);
    }

    private void discard(PooledConnection pc) {
        returnedAt.remove(pc);
        try {
            pc.close();
        } catch (SQLException ignored) {
            // it was broken already
        }
    }

    /**
     * Closes every idle connection: the server went away (the change listener lost it), so they are all dead, and
     * each would fail once when handed out within the idle check's two seconds.
     */
    void dropIdle() {
        synchronized (this) {
            idle.forEach(this::discard);
            idle.clear();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            idle.forEach(this::discard);
            idle.clear();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the team library's connections all use the library's own user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is logged through here
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the data source's connect timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        throw new SQLException("not a " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
