package org.reviewdesk.store;

import java.sql.SQLException;
import org.reviewdesk.model.library.LibraryAddress;

/** One line for each way a team library can fail to open: which address, what went wrong, what to do. */
final class ServerErrors {
    private ServerErrors() {
    }

    static String explain(LibraryAddress.Server server, SQLException e) {
        String at = server.display();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String m = String.valueOf(e.getMessage());
        if (state.equals("28P01") || m.contains("password authentication failed")) {
            return "the PostgreSQL server refused user " + server.user() + " for " + at + ": wrong password; set "
                    + "PGPASSWORD or add a line to ~/.pgpass (host:port:database:user:password)";
        }
        if (m.contains("no password was provided") || m.contains("password-based authentication")) {
            return "the PostgreSQL server at " + at + " asks for a password and none was found; set PGPASSWORD or add "
                    + "a line to ~/.pgpass (host:port:database:user:password)";
        }
        if (state.startsWith("28")) {
            return "the PostgreSQL server refused user " + server.user() + " for " + at + " (" + firstLine(m) + "); ask "
                    + "its administrator for access (pg_hba.conf)";
        }
        if (state.equals("3D000")) {
            return "there is no database " + server.database() + " on the PostgreSQL server of " + at + "; create it with: "
                    + "createdb -h " + server.host() + " -p " + server.port() + " -U " + server.user() + " " + server.database();
        }
        if (state.startsWith("08")) {
            return "cannot reach the PostgreSQL server of " + at + " (" + firstLine(m) + "); is it running, and does it "
                    + "accept connections from this computer?";
        }
        return "the team library at " + at + " cannot be used: " + firstLine(m);
    }

    static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
