package org.reviewdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;

/**
 * The schema of a team library. Several editors' programs share it, and they are not updated at the same moment, so
 * no program changes a shared schema on its own: a new library is created in an empty database, and anything older
 * than this build waits for {@code review-desk library migrate}, run once by whoever looks after the library.
 */
final class ServerSchema {
    /** The migrations this build carries for PostgreSQL, in order (src/main/resources/db/postgresql). */
    static final List<String> MIGRATIONS = List.of("V12__team_library.sql", "V13__queue_sort_indexes.sql",
            "V14__post_presence.sql", "V15__finding_messages.sql", "V16__post_open_checks.sql",
            "V19__unlisted_findings.sql");
    private static final String FOLDER = "/db/postgresql/";

    enum State { EMPTY, CURRENT, OLDER, NEWER, CHANGED, FOREIGN }

    record Found(State state, int version, String detail) {
    }

    private ServerSchema() {
    }

    /** Opens a current library, creates one in an empty database, refuses anything else with what to do. */
    static void requireCurrentOrCreate(Connection c, DataSource source, LibraryAddress.Server server)
            throws SQLException, LibraryException {
        Found found = of(c);
        switch (found.state()) {
            case CURRENT -> { }
            case EMPTY -> run(source, server);
            case OLDER -> throw new LibraryException("the team library at " + server.display() + " has schema V"
                    + found.version() + " and this Review Desk needs V" + latest() + "; back it up (" + dumpHint(server)
                    + ") and run: review-desk library migrate --library " + server.display() + " (nothing was changed)");
            default -> throw refusal(found, server);
        }
    }

    /** Brings the schema up to this build's; returns the versions before and after ("none" for an empty database). */
    static String[] migrate(Connection c, DataSource source, LibraryAddress.Server server) throws SQLException, LibraryException {
        Found found = of(c);
        if (found.state() == State.CURRENT) return new String[] {"V" + latest(), "V" + latest()};
        if (found.state() != State.OLDER && found.state() != State.EMPTY) throw refusal(found, server);
        run(source, server);
        return new String[] {found.state() == State.EMPTY ? "none" : "V" + found.version(), "V" + latest()};
    }

    static String dumpHint(LibraryAddress.Server server) {
        return "pg_dump -h " + server.host() + " -p " + server.port() + " -U " + server.user() + " -Fc -f "
                + server.database() + ".dump " + server.database();
    }

    private static LibraryException refusal(Found found, LibraryAddress.Server server) {
        String at = server.display();
        return new LibraryException(switch (found.state()) {
            case NEWER -> "the team library at " + at + " was upgraded by a newer Review Desk (schema V" + found.version()
                    + "; this one knows up to V" + latest() + "); update Review Desk to use it (nothing was changed)";
            case FOREIGN -> "the database " + server.database() + " at " + at + " holds tables that are not a Review Desk "
                    + "library; give Review Desk an empty database of its own (createdb) (nothing was changed)";
            default -> "the team library at " + at + " has a schema this build does not recognise (" + found.detail()
                    + " differs, made by a development build?); open it with the build that made it (nothing was changed)";
        });
    }

    private static void run(DataSource source, LibraryAddress.Server server) throws LibraryException {
        try {
            Flyway.configure().dataSource(source).locations(Dialect.POSTGRESQL.migrations).loggers("slf4j")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new LibraryException("the schema of the team library at " + server.display() + " could not be prepared ("
                    + ServerErrors.firstLine(String.valueOf(e.getMessage())) + "); nothing was changed", e);
        }
    }

    static int latest() {
        return version(MIGRATIONS.get(MIGRATIONS.size() - 1));
    }

    static Found of(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    try (var t = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                        t.next();
                        return new Found(t.getInt(1) == 0 ? State.EMPTY : State.FOREIGN, 0, null);
                    }
                }
            }
            Map<String, Integer> applied = new HashMap<>();
            try (var rs = st.executeQuery("SELECT script, checksum, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(3)) return new Found(State.CHANGED, 0, rs.getString(1));
                    applied.put(rs.getString(1), rs.getInt(2));
                }
            }
            return against(applied);
        }
    }

    private static Found against(Map<String, Integer> applied) {
        int highest = applied.keySet().stream().mapToInt(ServerSchema::version).max().orElse(0);
        if (highest > latest()) return new Found(State.NEWER, highest, null);
        for (String script : applied.keySet()) {
            if (!MIGRATIONS.contains(script)) return new Found(State.CHANGED, highest, script);
            if (!applied.get(script).equals(LibraryMigrator.checksum(FOLDER, script))) return new Found(State.CHANGED, highest, script);
        }
        if (applied.isEmpty()) return new Found(State.CHANGED, 0, "flyway_schema_history");
        return new Found(highest == latest() ? State.CURRENT : State.OLDER, highest, null);
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
