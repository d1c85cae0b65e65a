package org.reviewdesk.store;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Finishes the transactions that a killed process had committed but not yet written out, which H2 2.5 leaves
 * holding their rows forever: every later write to one of those rows spins at 100 % of a core and never ends.
 *
 * <p>H2 marks a transaction's undo log "committed" before it rewrites the transaction's rows as committed values.
 * A process killed between the two leaves that log in the file. At the next open, H2 registers the transaction as
 * committed and {@code TransactionStore.endLeftoverTransactions()} calls {@code Transaction.commit()} on it, which
 * since H2 2.5 (the change "minor simplification" of December 2025) does nothing for a transaction already in the
 * committed state: its rows stay locked by a transaction that will never end. This calls what that commit was meant
 * to call, H2's own {@code TransactionStore.commit(transaction, recovery)} and {@code endTransaction}.
 * docs/decisions/0010-durable-saves.md has the reproduction written for the H2 project; once a release fixes it,
 * this class finds nothing to do, and can go.
 */
final class LeftoverCommits {
    private static final Method COMMIT;
    private static final Method END_TRANSACTION;

    static {
        try {
            COMMIT = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
            END_TRANSACTION = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
            COMMIT.setAccessible(true);
            END_TRANSACTION.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("this H2 has no TransactionStore.commit/endTransaction: " + e);
        }
    }

    private LeftoverCommits() {
    }

    /**
     * Finishes the leftover committed transactions of the database this connection opened in this process; a
     * connection to another process's server (automatic mixed mode) is left alone: that process finished them when
     * it opened the file.
     *
     * @return how many transactions were finished
     */
    static int finish(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) return 0;
        TransactionStore store = session.getDatabase().getStore().getTransactionStore();
        int finished = 0;
        for (Transaction t : store.getOpenTransactions()) {
            if (t.getStatus() != Transaction.STATUS_COMMITTED) continue;
            try {
                COMMIT.invoke(store, t, true);
                END_TRANSACTION.invoke(store, t, true);
                finished++;
            } catch (ReflectiveOperationException e) {
                throw new SQLException("a transaction left by a process that was stopped could not be finished: " + e, e);
            }
        }
        return finished;
    }
}
