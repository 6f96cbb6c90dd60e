package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's secondary indexes set aside while a batch (a merge, a large workbook) writes many rows into it, and
 * built again from their own definitions before the batch's transaction commits (ADR 0165, 0186). Building an index sorts its entries once;
 * keeping it during the batch inserts each entry at a random place of its B-tree. Worth it only when the batch
 * brings at least half as many rows as the table holds (measured: break-even near that ratio), so a city's
 * December merge into its store gains and a later province's package into a national store keeps its indexes.
 * SQLite only: its DDL is part of the transaction (a failed batch rolls the indexes back with the rows) and
 * readers keep reading the last committed state, indexes included. PostgreSQL would lock out the readers of
 * the table for the whole batch, so there nothing is set aside.
 */
public final class BulkIndexes {
    /** Below this many rows a batch is an everyday merge: its indexes stay. */
    static final long MIN_ROWS = 10_000;

    private final Database db;
    private final String table;
    private final List<String> dropped = new ArrayList<>();
    /** The rows the table held before a growing batch's first part; -1 until then. */
    private long storedBefore = -1;

    BulkIndexes(Database db, String table) {
        this.db = db;
        this.table = table;
    }

    /**
     * Inside the caller's transaction: sets the indexes aside if {@code incoming} rows are many against those
     * stored. Their primary key (the rows' ids, which the merge reads) always stays. At most once.
     */
    public void expect(long incoming) {
        if (!applies(incoming)) {
            return;
        }
        if (incoming * 2 >= storedRows()) {
            drop();
        }
    }

    /**
     * For a batch whose size shows only as it is read (a workbook written while it is read): called inside the
     * caller's transaction before each part is written, with the rows brought so far. Sets the indexes aside once
     * they are at least {@link #MIN_ROWS} and at least as many as the table held before the first part (the same
     * ratio as {@link #expect}, counted without the batch's own rows); the rows written until then are indexed
     * again with the others at {@link #restore}.
     */
    public void expectGrowing(long brought) {
        if (db.dialect() != Dialect.SQLITE || !dropped.isEmpty()) {
            return;
        }
        if (storedBefore < 0) {
            storedBefore = storedRows(); // the first call comes before the first part is written
        }
        if (applies(brought) && brought >= storedBefore) {
            drop();
        }
    }

    private boolean applies(long incoming) {
        if (db.dialect() != Dialect.SQLITE || !dropped.isEmpty() || incoming < MIN_ROWS) {
            return false;
        }
        if (db.read(java.sql.Connection::getAutoCommit)) { // alone, the drop would commit without its rebuild
            throw new IllegalStateException("BulkIndexes outside a transaction");
        }
        return true;
    }

    /** The largest rowid: about the rows stored (rows are never removed), read from the B-tree's end. */
    private long storedRows() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(rowid), 0) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private void drop() {
        db.transaction(c -> {
            List<String[]> indexes = new ArrayList<>();
            // Indexes created by CREATE INDEX have their SQL; the primary key's and UNIQUE's own have none.
            try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    + " AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        indexes.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String[] index : indexes) {
                    s.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
                    dropped.add(index[1]);
                }
            }
            return null;
        });
    }

    /** Inside the same transaction, before it commits: builds again what {@link #expect} set aside. */
    public void restore() {
        if (dropped.isEmpty()) {
            return;
        }
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : dropped) {
                    s.execute(sql);
                }
            }
            return null;
        });
        dropped.clear();
    }
}
