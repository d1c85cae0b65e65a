package org.reviewdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;

/**
 * A team library: a PostgreSQL database that several editors' windows and command lines use at once. Opening one
 * never changes its schema except to create a new library in an empty database; an older schema is brought up to
 * date only by {@code review-desk library migrate} (ServerSchema). Changes made by others arrive through
 * {@code LISTEN}/{@code NOTIFY} (ServerChanges).
 */
final class ServerLibrary {
    private static final int MAX_CONNECTIONS = 8;

    private ServerLibrary() {
    }

    static Library open(LibraryAddress.Server server, Path localFolder, PostCodec codec) throws LibraryException {
        PGConnectionPoolDataSource source = dataSource(server);
        try (Connection c = connect(source, server)) {
            ServerSchema.requireCurrentOrCreate(c, configure(new PGSimpleDataSource(), server), server);
        } catch (SQLException e) {
            throw new LibraryException(ServerErrors.explain(server, e), e);
        }
        ServerPool pool = new ServerPool(source, MAX_CONNECTIONS);
        ServerChanges changes = ServerChanges.start(source, server, pool::dropIdle);
        Library library = new Library(server, localFolder, Jdbi.create(pool), Dialect.POSTGRESQL, codec, () -> {
            changes.close();
            pool.close();
        });
        library.useChanges(changes);
        return library;
    }

    /** Brings the schema of the library at {@code server} up to this build's; returns the versions before and after. */
    static String[] migrate(LibraryAddress.Server server) throws LibraryException {
        PGConnectionPoolDataSource source = dataSource(server);
        try (Connection c = connect(source, server)) {
            return ServerSchema.migrate(c, configure(new PGSimpleDataSource(), server), server);
        } catch (SQLException e) {
            throw new LibraryException(ServerErrors.explain(server, e), e);
        }
    }

    static Connection connect(PGConnectionPoolDataSource source, LibraryAddress.Server server) throws LibraryException {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new LibraryException(ServerErrors.explain(server, e), e);
        }
    }

    static PGConnectionPoolDataSource dataSource(LibraryAddress.Server server) {
        return configure(new PGConnectionPoolDataSource(), server);
    }

    static <T extends BaseDataSource> T configure(T source, LibraryAddress.Server server) {
        source.setServerNames(new String[] {server.host()});
        source.setPortNumbers(new int[] {server.port()});
        source.setDatabaseName(server.database());
        source.setUser(server.user());
        PgPass.password(server, System.getenv()).ifPresent(source::setPassword);
        source.setApplicationName(server.params().getOrDefault("application_name", "Review Desk"));
        source.setConnectTimeout(Integer.parseInt(server.params().getOrDefault("connect_timeout", "10")));
        source.setTcpKeepAlive(true);
        String sslmode = server.params().get("sslmode");
        if (sslmode != null) source.setSslMode(sslmode);
        if (server.params().containsKey("sslrootcert")) source.setSslRootCert(server.params().get("sslrootcert"));
        if (server.params().containsKey("sslcert")) source.setSslCert(server.params().get("sslcert"));
        if (server.params().containsKey("sslkey")) source.setSslKey(server.params().get("sslkey"));
        if (server.params().containsKey("options")) source.setOptions(server.params().get("options"));
        return source;
    }
}
