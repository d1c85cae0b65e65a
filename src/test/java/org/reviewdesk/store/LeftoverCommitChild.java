package org.reviewdesk.store;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Leaves a library as a process killed in the middle of a commit does: the transaction's undo log marked committed and
 * written to the file, its rows not yet rewritten as committed, and then the process gone without closing anything.
 * That is the first step of H2's {@code TransactionStore.commit}, done by hand so that the state is exact every time.
 */
public final class LeftoverCommitChild {
    private LeftoverCommitChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Library.DATABASE) + ";WRITE_DELAY=0", "sa", "")) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE library_change SET stamp = stamp + 1000 WHERE id = 1");
            }
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            TransactionStore store = session.getDatabase().getStore().getTransactionStore();
            Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class, long.class);
            mark.setAccessible(true);
            mark.invoke(store, session.getTransaction().getId(), 1L);
            session.getDatabase().getStore().getMvStore().commit();
            StoreSync.syncStore(c);
            Runtime.getRuntime().halt(0);
        }
    }
}
