package org.reviewdesk.store;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * What a failed statement says to a person: the database's own first line, prefixed when the connection itself went
 * away. Never the SQL nor its arguments: Jdbi's default message carries both, and an argument is often a post's
 * whole text, which then filled the window's "was not saved" notice.
 */
final class FailureMessages {
    private FailureMessages() {
    }

    static void install(org.jdbi.v3.core.Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(FailureMessages::message);
    }

    static String message(StatementException e) {
        if (!(e.getCause() instanceof SQLException sql)) return StatementExceptions.MessageRendering.NONE.apply(e);
        String said = LibraryFile.firstLine(String.valueOf(sql.getMessage()));
        // H2 ends its first line with where the statement follows.
        if (said.endsWith("; SQL statement:")) said = said.substring(0, said.length() - "; SQL statement:".length());
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        // SQL state class 08: the connection failed or was closed under the statement (PostgreSQL and H2 alike).
        return state.startsWith("08") ? "the connection to the library was lost (" + said + ")" : said;
    }
}
