package vn.atr.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.atr.domain.Messages;

/**
 * Copies every table of one store into another, across engines (a ward's SQLite file into the
 * Department's PostgreSQL database, or back): ADR 0102. Both stores are at the same schema version (each
 * was migrated at open). The target must hold no records and no audit entries; its reference data
 * (units, catalogue, settings) is replaced by the source's. All of it is one transaction on the target.
 * Tables are taken from the schema itself in foreign-key order, so that a table a later migration adds
 * is copied too.
 */
public final class StoreCopy {
    /** Bookkeeping each store keeps for itself, never copied. */
    private static final Set<String> OWN = Set.of("flyway_schema_history", "audit_log_high");
    /** Tables that must be empty in the target: records and history are never merged by a copy. */
    private static final List<String> MUST_BE_EMPTY = List.of("activity", "outreach_metric", "trafficking_case",
            "victim", "support_service", "audit_log", "app_user", "exchange_import", "rollup_chunk", "rollup_part");
    /** Rows sent at a time: one COPY on PostgreSQL, batches of 1,000 on SQLite. */
    private static final int BATCH = 10_000;

    private StoreCopy() {
    }

    /** Copies {@code from} into {@code to}; returns the rows copied per table. */
    public static Map<String, Long> copy(Database from, Database to) {
        Map<String, Long> copied = to.transaction(target -> from.read(source -> copy(source, target, to.dialect(),
                to.location())));
        to.transaction(target -> {
            to.dialect().afterBulkLoad(target);
            return null;
        });
        return copied;
    }

    /** Every table's row count (the figures printed beside the summary to compare both sides). */
    public static Map<String, Long> counts(Database db) {
        return db.read(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables(c)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    private static Map<String, Long> copy(Connection source, Connection target, Dialect dialect, StoreLocation to)
            throws SQLException {
        for (String table : MUST_BE_EMPTY) {
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                if (rs.next() && rs.getLong(1) > 0) {
                    throw new StoreException(Messages.get("copy.targetNotEmpty", to, table));
                }
            }
        }
        List<String> order = inForeignKeyOrder(target);
        // Children first, so that no foreign key points at a removed row.
        for (int i = order.size() - 1; i >= 0; i--) {
            try (Statement s = target.createStatement()) {
                s.executeUpdate("DELETE FROM " + order.get(i));
            }
        }
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String table : order) {
            copied.put(table, copyTable(source, target, table, dialect));
            dialect.afterExplicitIds(target, table);
        }
        return copied;
    }

    /**
     * Inserts every source row. Columns that point into their own table (a unit's parent or successor)
     * are set afterwards, when every row they may point at is there. Derived rows the target's triggers
     * made while the rows went in (the activity totals) were cleared, then replaced by the source's own.
     */
    private static long copyTable(Connection source, Connection target, String table, Dialect dialect)
            throws SQLException {
        List<String> columns = columns(target, table);
        Set<String> selfRefs = selfReferences(target, table);
        List<String> key = primaryKey(target, table);
        try (Statement s = target.createStatement()) {
            s.executeUpdate("DELETE FROM " + table); // what the triggers of tables copied before made
        }
        String names = String.join(", ", columns);
        BulkInsert bulk = BulkInsert.of(dialect);
        BulkInsert.Binder<Object[]> binder = (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        };
        long n = 0;
        List<Object[]> later = new ArrayList<>();
        List<Object[]> chunk = new ArrayList<>(BATCH);
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT " + names + " FROM " + table)) {
            while (rs.next()) {
                Object[] row = row(rs, columns.size());
                if (!selfRefs.isEmpty()) {
                    later.add(row.clone());
                    for (int i = 0; i < columns.size(); i++) {
                        if (selfRefs.contains(columns.get(i))) {
                            row[i] = null; // set once every row it may point at is there
                        }
                    }
                }
                chunk.add(row);
                n++;
                if (chunk.size() == BATCH) {
                    bulk.write(target, table, columns, (BulkInsert.Upsert) null, chunk, binder);
                    chunk.clear();
                }
            }
            bulk.write(target, table, columns, (BulkInsert.Upsert) null, chunk, binder);
        }
        if (!later.isEmpty() && !key.isEmpty()) {
            setSelfReferences(target, table, columns, selfRefs, key, later);
        }
        return n;
    }

    private static Object[] row(ResultSet rs, int width) throws SQLException {
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            values[i] = rs.getObject(i + 1);
        }
        return values;
    }

    private static void setSelfReferences(Connection target, String table, List<String> columns, Set<String> selfRefs,
                                          List<String> key, List<Object[]> rows) throws SQLException {
        List<String> refs = new ArrayList<>(selfRefs);
        String sql = "UPDATE " + table + " SET " + String.join(", ", refs.stream().map(c -> c + " = ?").toList())
                + " WHERE " + String.join(" AND ", key.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement ps = target.prepareStatement(sql)) {
            for (Object[] row : rows) {
                int i = 1;
                for (String c : refs) {
                    ps.setObject(i++, row[columns.indexOf(c)]);
                }
                for (String c : key) {
                    ps.setObject(i++, row[columns.indexOf(c)]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The store's tables (without each engine's own bookkeeping), parents before the tables that reference them. */
    static List<String> inForeignKeyOrder(Connection c) throws SQLException {
        List<String> all = tables(c);
        Map<String, Set<String>> parents = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : all) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && all.contains(parent)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(table, p);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < all.size()) {
            int before = order.size();
            for (String table : all) {
                if (!order.contains(table) && order.containsAll(parents.get(table))) {
                    order.add(table);
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle: " + parents);
            }
        }
        // Tables outside every foreign key (the activity totals, the audit log, settings...) go last: rows a
        // trigger derives into them while the records go in are then cleared and replaced by the source's.
        Set<String> referenced = new LinkedHashSet<>();
        parents.values().forEach(referenced::addAll);
        List<String> alone = order.stream().filter(t -> parents.get(t).isEmpty() && !referenced.contains(t)).toList();
        order.removeAll(alone);
        order.addAll(alone);
        return order;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema == null || schema.equals(c.getSchema())) && !OWN.contains(name) && !name.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return columns;
        }
    }

    private static Set<String> selfReferences(Connection c, String table) throws SQLException {
        Set<String> refs = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, null, table)) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    refs.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return refs;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, null, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(key.values());
    }
}
