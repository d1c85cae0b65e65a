package org.reviewdesk.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The SQL that differs between the two databases a library can live in, in one place: H2 for one person's library,
 * PostgreSQL for a team's. Everything else the store writes is standard SQL that both run as it is.
 */
enum Dialect {
    H2("classpath:db/migration"),
    POSTGRESQL("classpath:db/postgresql");

    private static final String ATTRIBUTE = "reviewdesk.dialect";

    /** Where this database's Flyway migrations are. */
    final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** Makes every handle of {@code jdbi} know its dialect ({@link #of}). */
    void install(Jdbi jdbi) {
        jdbi.define(ATTRIBUTE, this);
    }

    static Dialect of(Handle h) {
        Object d = h.getConfig(SqlStatements.class).getAttribute(ATTRIBUTE);
        return d == null ? H2 : (Dialect) d;
    }

    /**
     * Inserts a row of two parameters, {@code key} and {@code value}, unless a row with that key exists; the row there
     * is left as it is. On H2 the key is bound a second time, as the third parameter.
     */
    String insertIfAbsent(String table, String key, String value) {
        if (this == H2) {
            return "INSERT INTO " + table + " (" + key + ", " + value + ") SELECT ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM "
                    + table + " WHERE " + key + " = ?)";
        }
        return "INSERT INTO " + table + " (" + key + ", " + value + ") VALUES (?, ?) ON CONFLICT (" + key + ") DO NOTHING";
    }

    /**
     * Inserts a row or, when a row with the same key exists, writes the other columns over it.
     *
     * @param keys the key columns, comma-separated
     * @param columns every column written, keys included, comma-separated
     * @param values the values or parameters for {@code columns}, comma-separated
     */
    String upsert(String table, String keys, String columns, String values) {
        if (this == H2) return "MERGE INTO " + table + " (" + columns + ") KEY (" + keys + ") VALUES (" + values + ")";
        List<String> keyList = split(keys);
        List<String> sets = new ArrayList<>();
        for (String c : split(columns)) if (!keyList.contains(c)) sets.add(c + " = EXCLUDED." + c);
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (" + keys + ") "
                + (sets.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", sets));
    }

    /** An aggregate of the distinct values of {@code column} in a group, sorted and joined with commas. */
    String sortedDistinctList(String column) {
        return this == H2 ? "LISTAGG(DISTINCT " + column + ", ',') WITHIN GROUP (ORDER BY " + column + ")"
                : "string_agg(DISTINCT " + column + ", ',' ORDER BY " + column + ")";
    }

    /** Tells H2 which index to read (its planner may prefer another); PostgreSQL's planner is left to choose. */
    String indexHint(String index) {
        return this == H2 ? " USE INDEX (" + index + ")" : "";
    }

    /**
     * Runs {@code query} with the hint at {@code index}, and again without it when H2 says the index is missing: a
     * large import builds some indexes after its rows (DeferredIndexes), and a query meanwhile (this process's
     * window, another program's) is slower then, not refused.
     */
    static <T> T hinted(Handle h, String index, Function<String, T> query) {
        Dialect dialect = of(h);
        if (dialect != H2) return query.apply("");
        try {
            return query.apply(dialect.indexHint(index));
        } catch (JdbiException e) {
            if (!(e.getCause() instanceof SQLException s) || s.getErrorCode() != ErrorCode.INDEX_NOT_FOUND_1) throw e;
            return query.apply("");
        }
    }

    /** How a plain JDBC statement names a generated key column: H2 upper-cases unquoted names, PostgreSQL lower. */
    String generatedKey(String column) {
        return this == H2 ? column.toUpperCase(java.util.Locale.ROOT) : column;
    }

    /** Makes the identity column {@code id} of {@code table} give {@code next} as its next value. */
    String restartIdentity(String table, long next) {
        return this == H2 ? "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next
                : "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)";
    }

    /** Makes the sequence {@code sequence} give {@code next} as its next value. */
    String restartSequence(String sequence, long next) {
        return this == H2 ? "ALTER SEQUENCE " + sequence + " RESTART WITH " + next
                : "SELECT setval('" + sequence + "', " + next + ", false)";
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).toList();
    }
}
