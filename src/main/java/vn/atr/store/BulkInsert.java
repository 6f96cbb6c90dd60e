package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * How a batch of rows reaches one table inside the caller's transaction (ADR 0105, 0140). SQLite's fastest
 * way is one prepared statement reused with batches of bound rows; PostgreSQL's is {@code COPY}
 * ({@link PgCopyInsert}): the same table, columns, row values and conflict handling either way.
 */
public interface BulkInsert {
    /** Binds one row's values, in {@code columns} order, from the first parameter. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * What a row whose key is already stored does: {@code key} the conflict target's columns, {@code set}
     * the {@code DO UPDATE SET} assignments (reading {@code excluded.column} for the row written).
     */
    record Upsert(List<String> key, String set) {
        /** The row replaces every other column of the stored one. */
        static Upsert replacing(String key, List<String> columns) {
            return new Upsert(List.of(key), String.join(", ",
                    columns.stream().filter(col -> !col.equals(key)).map(col -> col + " = excluded." + col).toList()));
        }

        String clause() {
            return " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET " + set;
        }
    }

    /**
     * Writes {@code rows} into {@code table}; with {@code upsert} non-null, a row whose key is already
     * stored updates it as {@code upsert} says. A key given twice in {@code rows} counts as its last row.
     */
    <T> void write(Connection c, String table, List<String> columns, Upsert upsert, List<T> rows, Binder<T> binder)
            throws SQLException;

    /**
     * Writes {@code rows} into {@code table}; with {@code upsertKey} non-null, a row whose key is already
     * stored replaces every other column of the stored one.
     */
    default <T> void write(Connection c, String table, List<String> columns, String upsertKey, List<T> rows,
                           Binder<T> binder) throws SQLException {
        write(c, table, columns, upsertKey == null ? null : Upsert.replacing(upsertKey, columns), rows, binder);
    }

    /** The engine's fastest way. */
    static BulkInsert of(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? PgCopyInsert.INSTANCE : BATCHED;
    }

    /** SQLite: batched prepared statements, 1,000 rows a batch. */
    BulkInsert BATCHED = new BulkInsert() {
        @Override
        public <T> void write(Connection c, String table, List<String> columns, Upsert upsert, List<T> rows,
                              Binder<T> binder) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql(table, columns, upsert))) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
        }
    };

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}, with the upsert clause when a key is given. */
    static String sql(String table, List<String> columns, String upsertKey) {
        return sql(table, columns, upsertKey == null ? null : Upsert.replacing(upsertKey, columns));
    }

    private static String sql(String table, List<String> columns, Upsert upsert) {
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return upsert == null ? insert : insert + upsert.clause();
    }
}
