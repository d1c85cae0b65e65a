package org.reviewdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** The SQL types the store's columns have, each with its Java type and how plain JDBC sets and reads it. */
enum SqlType {
    VARCHAR(String.class, Types.VARCHAR),
    INTEGER(Integer.class, Types.INTEGER),
    BIGINT(Long.class, Types.BIGINT),
    BOOLEAN(Boolean.class, Types.BOOLEAN),
    DATE(LocalDate.class, Types.DATE);

    private final Class<?> javaType;
    private final int jdbcType;

    SqlType(Class<?> javaType, int jdbcType) {
        this.javaType = javaType;
        this.jdbcType = jdbcType;
    }

    /** The Java type a named bind declares, so that a null is bound as this type. */
    Class<?> javaType() {
        return javaType;
    }

    /** Sets parameter {@code at} to {@code value}, which is of {@link #javaType} or null. */
    void set(PreparedStatement ps, int at, Object value) throws SQLException {
        if (this == VARCHAR) {
            ps.setString(at, (String) value);
            return;
        }
        if (value == null) {
            ps.setNull(at, jdbcType);
            return;
        }
        switch (this) {
            case INTEGER -> ps.setInt(at, (Integer) value);
            case BIGINT -> ps.setLong(at, (Long) value);
            case BOOLEAN -> ps.setBoolean(at, (Boolean) value);
            default -> ps.setObject(at, value);
        }
    }

    /** The value of {@code column} in the current row, of {@link #javaType}; SQL's NULL is null. */
    Object read(ResultSet rs, String column) throws SQLException {
        return switch (this) {
            case VARCHAR -> rs.getString(column);
            case INTEGER -> {
                int v = rs.getInt(column);
                yield rs.wasNull() ? null : v;
            }
            case BIGINT -> {
                long v = rs.getLong(column);
                yield rs.wasNull() ? null : v;
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(column);
                yield rs.wasNull() ? null : v;
            }
            case DATE -> rs.getObject(column, LocalDate.class);
        };
    }
}
