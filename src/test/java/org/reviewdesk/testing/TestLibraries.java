package org.reviewdesk.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.service.Desk;

/**
 * The library a test runs against. By default an H2 library in the test's folder; when the run names a PostgreSQL
 * server ({@code mvn verify -Dreviewdesk.test.postgresql=postgresql://USER@HOST:PORT/DATABASE}, password in PGPASSWORD, as
 * {@code .ci/run} does), a team library on that server instead: each test folder gets a schema of its own in that
 * database, so that the same store, service and command-line tests run against both kinds.
 */
public final class TestLibraries {
    public static final String SERVER_PROPERTY = "reviewdesk.test.server";
    private static final Map<Path, LibraryAddress> ON_SERVER = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestLibraries() {
    }

    /** Whether this run's libraries are on a PostgreSQL server. */
    public static boolean onServer() {
        String s = System.getProperty(SERVER_PROPERTY);
        return s != null && !s.isBlank();
    }

    /** The library for the test folder {@code folder}: the folder itself, or the same schema on the server each time. */
    public static LibraryAddress address(Path folder) {
        if (!onServer()) return new LibraryAddress.Folder(folder.toAbsolutePath().normalize().toString());
        return ON_SERVER.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> newSchema());
    }

    /** {@link #address} as {@code --library} takes it. */
    public static String location(Path folder) {
        return address(folder).display();
    }

    /** Opens the test's library through the services. */
    public static Desk open(Path folder) throws LibraryException {
        return Desk.open(address(folder));
    }

    private static LibraryAddress newSchema() {
        LibraryAddress.Server admin = (LibraryAddress.Server) LibraryAddress.parse(System.getProperty(SERVER_PROPERTY));
        String schema = "rd_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        String url = "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + admin.database();
        try (Connection c = DriverManager.getConnection(url, admin.user(), System.getenv("PGPASSWORD"));
             var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a schema on the test server " + admin.display() + ": " + e.getMessage(), e);
        }
        return admin.inSchema(schema);
    }
}
