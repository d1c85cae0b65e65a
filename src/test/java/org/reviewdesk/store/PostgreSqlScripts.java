package org.reviewdesk.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.testing.TestLibraries;

/**
 * Runs one of the PostgreSQL migration scripts (src/main/resources/db/postgresql) on the test server, in a schema of
 * its own that holds only the tables the test makes for it, and drops the schema afterwards.
 */
final class PostgreSqlScripts {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    /** What a test does with the schema's statement, before the script (its tables) or after it (its checks). */
    interface Step {
        void run(Statement st) throws Exception;
    }

    private PostgreSqlScripts() {
    }

    static void run(String script, Step before, Step after) throws Exception {
        var admin = (LibraryAddress.Server) LibraryAddress.parse(System.getProperty(TestLibraries.SERVER_PROPERTY));
        String schema = "rd_script_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        String text;
        try (var in = PostgreSqlScripts.class.getResourceAsStream("/db/postgresql/" + script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/"
                + admin.database(), admin.user(), System.getenv("PGPASSWORD")); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema + "; SET search_path = " + schema);
            try {
                before.run(st);
                for (String statement : text.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!statement.isBlank()) st.execute(statement);
                }
                after.run(st);
            } finally {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
