package org.reviewdesk.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * A value the database refused (too long for its column, or a second post with the same reference): a user's input
 * the services let through, not a defect. Said in one line, without the statement or its values' whole text.
 */
public final class ValueRefusals {
    private ValueRefusals() {
    }

    /** The one-line refusal, if the database refused a value somewhere under {@code e}. */
    public static Optional<String> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql) || sql.getSQLState() == null) continue;
            String state = sql.getSQLState();
            String said = firstLine(sql.getMessage());
            if (state.equals("22001")) {
                return Optional.of("a value is longer than the library keeps, nothing was written (the database said: "
                        + said + ")");
            }
            if (state.equals("23505")) {
                return Optional.of(said.toUpperCase(Locale.ROOT).contains("REFERENCE")
                        ? "another post already has that reference, nothing was written"
                        : "the library already holds that value where it must be unique, nothing was written (the "
                                + "database said: " + said + ")");
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        if (line.endsWith("; SQL statement:")) line = line.substring(0, line.length() - "; SQL statement:".length());
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
