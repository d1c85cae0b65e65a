package org.reviewdesk.store;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Puts a committed transaction on the disk where H2 will find it after a crash. The library runs with H2's
 * {@code WRITE_DELAY=0}, so every commit writes its chunk to the file before it returns; this then points the file's
 * header at that chunk and forces the file to the disk.
 *
 * <p>Why the header: H2 2.5 finds the newest chunk after a crash from the header and the chunk at the end of the file.
 * A chunk written into free space in the middle of the file, where the previous chunk did not predict it, is found only
 * once a header names it, and H2 writes the header for it naming the chunk before ({@code FileStore.storeBuffer} sets
 * {@code lastChunk} after {@code writeChunk} wrote the header). Killed then, the library opened at the older chunk: up
 * to twenty commits were gone, saves the window had shown as saved (docs/decisions/0010-durable-saves.md has the
 * reproduction). Writing the header again, under H2's own chunk lock, once the chunk is written, is what H2 meant.
 *
 * <p>It runs inside the process that holds the database: the library defines it as the SQL function
 * {@code RD_SYNC_STORE()} (migration V7), so that a command line connected to a window's library through the automatic
 * mixed mode has the window's process do it.
 */
public final class StoreSync {
    private static final Field SAVE_CHUNK_LOCK;
    private static final Method WRITE_STORE_HEADER;

    static {
        try {
            SAVE_CHUNK_LOCK = FileStore.class.getDeclaredField("saveChunkLock");
            SAVE_CHUNK_LOCK.setAccessible(true);
            WRITE_STORE_HEADER = RandomAccessStore.class.getDeclaredMethod("writeStoreHeader");
            WRITE_STORE_HEADER.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("this H2 has no FileStore.saveChunkLock or RandomAccessStore.writeStoreHeader: " + e);
        }
    }

    private StoreSync() {
    }

    /** The SQL function {@code RD_SYNC_STORE()}: H2 passes the calling session's connection, inside its own process. */
    public static void syncStore(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) return;
        MVStore store = session.getDatabase().getStore().getMvStore();
        if (store.isClosed() || store.isReadOnly()) return;
        if (store.getFileStore() instanceof RandomAccessStore file) {
            ReentrantLock lock;
            try {
                lock = (ReentrantLock) SAVE_CHUNK_LOCK.get(file);
            } catch (IllegalAccessException e) {
                throw new SQLException(e);
            }
            lock.lock();
            try {
                WRITE_STORE_HEADER.invoke(file);
            } catch (ReflectiveOperationException e) {
                throw new SQLException("could not write the library file's header: " + e, e);
            } finally {
                lock.unlock();
            }
        }
        store.sync();
    }
}
