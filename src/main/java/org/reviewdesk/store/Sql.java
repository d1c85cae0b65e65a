package org.reviewdesk.store;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What every statement of the store shares: the time a row is stamped with, and a refusal as its callers see it. */
final class Sql {
    private Sql() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A statement H2 refused, as the unchecked exception the store's callers handle (an import reports the file). */
    static IllegalStateException refused(SQLException e) {
        SQLException cause = e;
        // A batch's own message only says that the batch failed; its next exception says why.
        if (e instanceof BatchUpdateException && e.getNextException() != null) cause = e.getNextException();
        return new IllegalStateException(cause.getMessage(), e);
    }
}
