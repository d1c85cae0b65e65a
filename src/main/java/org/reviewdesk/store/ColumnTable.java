package org.reviewdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.reviewdesk.model.Meta;

/**
 * The columns a table is written with, in order, and everything derived from them: the column list of an insert,
 * its named and positional parameters, the assignments of an update, the named binds, the plain JDBC setter and the
 * reader of a row. Adding a column to the table is adding one {@link Column}.
 */
final class ColumnTable<S> {
    private final String table;
    private final List<Column<S>> columns;
    private final Map<String, Integer> positions = new HashMap<>();

    ColumnTable(String table, List<Column<S>> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            if (positions.put(columns.get(i).name(), i) != null) {
                throw new IllegalStateException(table + " names column " + columns.get(i).name() + " twice");
            }
        }
    }

    static <S> Column<S> column(String name, SqlType type, Function<? super S, ?> value) {
        return new Column<>(name, type, value, null);
    }

    /** What {@code source} writes into the column {@code name}. */
    Object value(String name, S source) {
        Integer at = positions.get(name);
        if (at == null) throw new IllegalArgumentException(table + " has no column " + name);
        return columns.get(at).value().apply(source);
    }

    /** "a, b, c", each name after {@code prefix} ("p." for a join). */
    String names(String prefix) {
        return columns.stream().map(c -> prefix + c.name()).collect(Collectors.joining(", "));
    }

    /** ":a, :b, :c": the named parameters of an insert. */
    String namedParameters() {
        return columns.stream().map(c -> ":" + c.name()).collect(Collectors.joining(", "));
    }

    /** "?, ?, ?": one positional parameter per column. */
    String placeholders() {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }

    /** "a = :a, b = :b": the assignments of an update. */
    String assignments() {
        return columns.stream().map(c -> c.name() + " = :" + c.name()).collect(Collectors.joining(", "));
    }

    /** An insert of every column as plain JDBC takes it, parameters in column order. */
    String insertSql() {
        return "INSERT INTO " + table + " (" + names("") + ") VALUES (" + placeholders() + ")";
    }

    /** Binds every column by name, with its type, so that a null is bound as what the column holds. */
    <T extends SqlStatement<T>> T bind(T statement, S source) {
        for (Column<S> c : columns) statement.bindByType(c.name(), c.value().apply(source), c.type().javaType());
        return statement;
    }

    /** Sets every column from parameter {@code first} on; returns the parameter after the last. */
    int set(PreparedStatement ps, int first, S source) throws SQLException {
        int at = first;
        for (Column<S> c : columns) c.type().set(ps, at++, c.value().apply(source));
        return at;
    }

    /** Reads every column of the current row by name. */
    Values read(ResultSet rs) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) values[i] = columns.get(i).type().read(rs, columns.get(i).name());
        return new Values(values);
    }

    /** Puts the values of the columns that go into the meta alone (those with {@link Column#intoMeta}). */
    void intoMeta(Meta.Builder meta, Values values) {
        for (int i = 0; i < columns.size(); i++) {
            var into = columns.get(i).intoMeta();
            if (into != null) into.accept(meta, values.values[i]);
        }
    }

    /** The values of one row, as {@link #read} read them, looked up by column name. */
    final class Values {
        private final Object[] values;

        private Values(Object[] values) {
            this.values = values;
        }

        Object get(String column) {
            Integer at = positions.get(column);
            if (at == null) throw new IllegalArgumentException(table + " has no column " + column);
            return values[at];
        }

        String string(String column) {
            return (String) get(column);
        }

        Integer integer(String column) {
            return (Integer) get(column);
        }

        Long bigint(String column) {
            return (Long) get(column);
        }

        Boolean bool(String column) {
            return (Boolean) get(column);
        }
    }
}
