package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * How a batch of rows reaches one table inside the caller's transaction (ADR 0105). SQLite's fastest
 * way is one prepared statement reused with batches of bound rows; an engine with a bulk protocol
 * (PostgreSQL's {@code COPY} into a staging table, then one {@code INSERT ... SELECT ... ON CONFLICT})
 * implements this with the same table, columns and row values.
 */
public interface BulkInsert {
    /** Binds one row's values, in {@code columns} order, from the first parameter. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Writes {@code rows} into {@code table}; with {@code upsertKey} non-null, a row whose key is already
     * stored replaces every other column of the stored one.
     */
    <T> void write(Connection c, String table, List<String> columns, String upsertKey, List<T> rows, Binder<T> binder)
            throws SQLException;

    /** SQLite: batched prepared statements, 1,000 rows a batch. */
    BulkInsert BATCHED = new BulkInsert() {
        @Override
        public <T> void write(Connection c, String table, List<String> columns, String upsertKey, List<T> rows,
                              Binder<T> binder) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql(table, columns, upsertKey))) {
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
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        if (upsertKey == null) {
            return insert;
        }
        return insert + " ON CONFLICT(" + upsertKey + ") DO UPDATE SET " + String.join(", ",
                columns.stream().filter(col -> !col.equals(upsertKey)).map(col -> col + " = excluded." + col).toList());
    }
}
