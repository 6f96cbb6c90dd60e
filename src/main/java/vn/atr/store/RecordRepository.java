package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.IsoTimes;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.security.AuditHash;

/**
 * Storage of one record kind with the merge bookkeeping every kind shares: validation before any
 * write, version 1 on insert, version + 1 on each update (optimistic: the caller's version must
 * still be the stored one), soft delete. Subclasses only say how their own columns map.
 */
public abstract class RecordRepository<T> {
    private static final List<String> META_COLUMNS = List.of("id", "created_at", "updated_at", "updated_by",
            "version", "deleted");

    protected final Database db;
    private final List<String> columns;
    private final String insertSql;
    private final String updateSql;
    private final BulkInsert bulk;

    protected RecordRepository(Database db) {
        this.db = db;
        this.bulk = BulkInsert.of(db.dialect());
        List<String> all = new ArrayList<>(META_COLUMNS);
        all.addAll(dataColumns());
        this.columns = List.copyOf(all);
        this.insertSql = BulkInsert.sql(table(), columns, null);
        this.updateSql = "UPDATE " + table() + " SET updated_at = ?, updated_by = ?, version = ?, deleted = ?, "
                + String.join(" = ?, ", dataColumns()) + " = ? WHERE id = ? AND version = ?";
    }

    /** What a kind does after its rows are written, in the same transaction (see {@link #beforeWrite}). */
    @FunctionalInterface
    protected interface AfterWrite {
        AfterWrite NONE = c -> { };

        void run(Connection c) throws SQLException;
    }

    /**
     * Called in the write's transaction before {@code records} (as they will be stored) are written;
     * {@code replacing}: the ids among them that may replace stored rows (the others are known to be new).
     * A kind that keeps derived data beside its table (the activity totals, ADR 0105) sees here what
     * the write replaces and returns what to do once the rows are written. Default: nothing. For inserts
     * ({@code replacing} empty) it is called once the rows are written (an insert fed in parts knows them
     * all only then): it must not read the kind's table for them.
     */
    protected AfterWrite beforeWrite(Connection c, List<T> records, java.util.Collection<String> replacing)
            throws SQLException {
        return AfterWrite.NONE;
    }

    protected abstract String table();

    /** The kind's own columns, in the order {@link #bindData} binds them. */
    protected abstract List<String> dataColumns();

    protected abstract void bindData(PreparedStatement ps, int first, T record) throws SQLException;

    protected abstract T map(ResultSet rs, Meta meta) throws SQLException;

    protected abstract Meta meta(T record);

    protected abstract T withMeta(T record, Meta meta);

    protected abstract List<Violation> validate(T record);

    /** Stores a new record (version 1) entered by {@code author}. */
    public T insert(T record, String author) {
        ValidationException.throwIfAny(validate(record));
        Instant now = Instant.now();
        Meta m = meta(record);
        T stored = withMeta(record, new Meta(m.id(), m.createdAt() == null ? now : m.createdAt(), now, author, 1, false));
        db.transaction(c -> {
            AfterWrite after = beforeWrite(c, List.of(stored), List.of());
            try (PreparedStatement ps = c.prepareStatement(insertSql)) {
                bindInsert(ps, stored);
                ps.executeUpdate();
            }
            after.run(c);
            db.audit().append(c, author, "create", table(), m.id(), null, 1L, null);
            return null;
        });
        return stored;
    }

    /** Stores many new records in one transaction with one prepared statement (imports, generators). */
    public void insertAll(List<T> records, String author) {
        for (T r : records) {
            ValidationException.throwIfAny(validate(r));
        }
        Inserter inserter = new Inserter(author);
        db.transaction(c -> {
            inserter.write(c, records);
            inserter.finish(c);
            return null;
        });
    }

    /**
     * {@link #insertAll} fed in parts, for an import that writes while it still reads (the workbook: ADR 0175).
     * Use it inside the caller's transaction: each part is validated and written as it comes, and
     * {@link Inserter#finish} adds what insertAll adds once the rows are in (derived data, the one audit
     * entry for all of them), so a refused import rolls every part back.
     */
    public Inserter inserter(String author) {
        return new Inserter(author);
    }

    /** The parts of one {@link #insertAll}, all stamped with one author and time. */
    public final class Inserter {
        private final String author;
        private final Instant now = Instant.now();
        private final List<T> stored = new ArrayList<>();
        /** The audit entry's digest of the ids, fed part by part (while a workbook is still read). */
        private final AuditHash.IdsDigest ids = new AuditHash.IdsDigest();

        private Inserter(String author) {
            this.author = author;
        }

        /** Validates and writes {@code records}; joins the caller's transaction. */
        public void add(List<T> records) {
            for (T r : records) {
                ValidationException.throwIfAny(validate(r));
            }
            db.transaction(c -> {
                write(c, records);
                return null;
            });
        }

        /** The derived data of every part and the audit entry; joins the caller's transaction. */
        public void finish() {
            db.transaction(c -> {
                finish(c);
                return null;
            });
        }

        private void write(Connection c, List<T> records) throws SQLException {
            List<T> part = records.stream()
                    .map(r -> withMeta(r, new Meta(meta(r).id(), now, now, author, 1, false))).toList();
            bulk.write(c, table(), columns, (BulkInsert.Upsert) null, part, RecordRepository.this::bindInsert);
            part.forEach(r -> ids.add(meta(r).id()));
            stored.addAll(part);
        }

        private void finish(Connection c) throws SQLException {
            // An insert replaces no stored row: what it derives needs only the rows themselves (see beforeWrite).
            beforeWrite(c, stored, List.of()).run(c);
            if (!stored.isEmpty()) {
                // One entry per batch: the count and a digest of the ids (ADR 0050), not one per row.
                db.audit().append(c, author, "create.batch", table(), meta(stored.get(0)).id(), null, 1L,
                        stored.size() + " records, ids sha256 " + ids.hex());
            }
            stored.clear();
        }
    }

    /**
     * Replaces the stored record with {@code record}, whose meta carries the version it was read at.
     * Refused if someone else changed the record in between.
     */
    public T update(T record, String author) {
        ValidationException.throwIfAny(validate(record));
        Meta m = meta(record);
        Meta next = new Meta(m.id(), m.createdAt(), Instant.now(), author, m.version() + 1, m.deleted());
        return db.transaction(c -> {
            AfterWrite after = beforeWrite(c, List.of(withMeta(record, next)), List.of(m.id()));
            try (PreparedStatement ps = c.prepareStatement(updateSql)) {
                ps.setString(1, next.updatedAt().toString());
                ps.setString(2, author);
                ps.setLong(3, next.version());
                ps.setInt(4, next.deleted() ? 1 : 0);
                bindData(ps, 5, record);
                int n = dataColumns().size();
                ps.setString(5 + n, m.id());
                ps.setLong(6 + n, m.version());
                if (ps.executeUpdate() != 1) {
                    throw new ValidationException(new Violation("version", "store.staleVersion", m.id()));
                }
            }
            after.run(c);
            db.audit().append(c, author, next.deleted() ? "delete" : "update", table(), m.id(),
                    m.version(), next.version(), null);
            return withMeta(record, next);
        });
    }

    /** Marks the record deleted (a new version, so the deletion travels in data packages). */
    public T softDelete(String id, String author) {
        T current = find(id).orElseThrow(() -> new StoreException(Messages.get("store.notFound", id)));
        Meta m = meta(current);
        return update(withMeta(current, new Meta(m.id(), m.createdAt(), m.updatedAt(), m.updatedBy(), m.version(), true)),
                author);
    }

    /**
     * The date column that places a record in a report period (the one its data package selects by), or null for a
     * kind that travels with another (a victim with its case).
     */
    protected String periodColumn() {
        return null;
    }

    /**
     * For a kind that spans days (a counted figure), the column of its first day: a package of a period then carries
     * every record overlapping the period, whichever report counts it; null for a kind placed by one date.
     */
    protected String periodStartColumn() {
        return null;
    }

    /**
     * Every record, deleted ones too, whose {@link #periodColumn()} is empty or within {@code from}..{@code to}
     * and, if {@code units} are given, of one of them, in id order; read row by row and handed to {@code each},
     * never held all at once (a Department's store of several years, a national one of millions). Without a period
     * column, every record.
     */
    public void forEachInPeriod(java.time.LocalDate from, java.time.LocalDate to, java.util.Collection<String> units,
                                java.util.function.Consumer<T> each) {
        forEachInPeriod(table(), from, to, units, each);
    }

    /** {@link #forEachInPeriod} over another table of this kind's columns (a roll-up store's parts, ADR 0203). */
    protected void forEachInPeriod(String table, java.time.LocalDate from, java.time.LocalDate to,
                                   java.util.Collection<String> units, java.util.function.Consumer<T> each) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (periodColumn() != null && periodStartColumn() != null) {
            where.add("(" + periodColumn() + " >= ? AND " + periodStartColumn() + " <= ?)");
            params.add(from.toString());
            params.add(to.toString());
        } else if (periodColumn() != null) {
            where.add("(" + periodColumn() + " IS NULL OR " + periodColumn() + " BETWEEN ? AND ?)");
            params.add(from.toString());
            params.add(to.toString());
        }
        if (periodColumn() != null) {
            if (units != null) {
                where.add("unit_code IN (" + String.join(", ", Collections.nCopies(Math.max(1, units.size()), "?")) + ")");
                params.addAll(units.isEmpty() ? List.of("") : units);
            }
        }
        String sql = "SELECT * FROM " + table + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id";
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(map(rs, readMeta(rs)));
                    }
                }
            }
            return null;
        });
    }

    /** Every record, deleted ones too, with its meta (data packages carry deletions). */
    public List<T> listAll() {
        return db.read(c -> query(c, "SELECT * FROM " + table() + " ORDER BY id"));
    }

    /** The records with these ids, deleted or not (read in chunks; imports look up only what arrives). */
    public List<T> findAll(java.util.Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        return db.read(c -> {
            if (db.dialect() == Dialect.POSTGRESQL) { // one statement, the ids as one array (ADR 0160)
                return query(c, "SELECT * FROM " + table() + " WHERE id = ANY(?)",
                        c.createArrayOf("text", all.toArray()));
            }
            List<T> found = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 500) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
                found.addAll(query(c, "SELECT * FROM " + table() + " WHERE id IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()));
            }
            return found;
        });
    }

    /** The domain's validation of one record, for imports that report before writing. */
    public List<Violation> violations(T record) {
        return validate(record);
    }

    /** The record's bookkeeping: id, version, deleted. */
    public Meta metaOf(T record) {
        return meta(record);
    }

    /** {@code record} with other bookkeeping (conflict resolution gives the kept side a new version). */
    public T copyWithMeta(T record, Meta meta) {
        return withMeta(record, meta);
    }

    /** The table this kind is stored in (the entity name in data packages). */
    public String entity() {
        return table();
    }

    /**
     * Writes records exactly as given, meta included (id, version, timestamps, author, deletion):
     * merging a data package must keep the sender's versions. An upsert: a stored row with the same id is
     * replaced, and derived data follows ({@link #beforeWrite}). Joins the caller's transaction.
     */
    public void upsertAsGiven(List<T> records, String author) {
        upsertAsGiven(records, author, r -> false);
    }

    /**
     * {@link #upsertAsGiven(List, String)} where {@code absent} tells the records the caller has just found
     * not stored, in this same transaction (a batch's plan, ADR 0165): each goes in by a plain insert and
     * nothing is read back for it. Should one be stored after all, the insert fails and the transaction with
     * it, rather than replacing a row unseen. An id given twice is upserted as usual (its last version stays).
     */
    public void upsertAsGiven(List<T> records, String author, java.util.function.Predicate<T> absent) {
        for (T r : records) {
            ValidationException.throwIfAny(validate(r));
        }
        if (records.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(records.size());
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        for (T r : records) {
            ids.add(meta(r).id());
            times.merge(meta(r).id(), 1, Integer::sum);
        }
        List<T> added = new ArrayList<>();
        List<T> replacing = new ArrayList<>();
        List<String> replacedIds = new ArrayList<>();
        for (T r : records) {
            String id = meta(r).id();
            if (times.get(id) == 1 && absent.test(r)) {
                added.add(r);
            } else {
                replacing.add(r);
                replacedIds.add(id);
            }
        }
        db.transaction(c -> {
            AfterWrite after = beforeWrite(c, records, replacedIds);
            if (!added.isEmpty()) {
                bulk.write(c, table(), columns, (BulkInsert.Upsert) null, added, this::bindInsert);
            }
            if (!replacing.isEmpty()) {
                bulk.write(c, table(), columns, "id", replacing, this::bindInsert);
            }
            after.run(c);
            db.audit().append(c, author, "import.batch", table(), ids.get(0), null, null,
                    records.size() + " records, ids sha256 " + AuditHash.digestOf(ids));
            return null;
        });
    }

    /** The record with this id, deleted or not. */
    public Optional<T> find(String id) {
        return db.read(c -> {
            List<T> found = query(c, "SELECT * FROM " + table() + " WHERE id = ?", id);
            return found.stream().findFirst();
        });
    }

    /** Every record that is not deleted, oldest first. */
    public List<T> listActive() {
        return db.read(c -> query(c, "SELECT * FROM " + table() + " WHERE deleted = 0 ORDER BY id"));
    }

    public long countActive() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table() + " WHERE deleted = 0");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    protected List<T> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(map(rs, readMeta(rs)));
                }
            }
            return result;
        }
    }

    /**
     * Writes {@code records} as they are, by the engine's bulk way, into another table of this kind's columns (a
     * roll-up store's parts, ADR 0203), inside the caller's transaction: no validation, totals or audit here.
     */
    void insertInto(Connection c, String table, List<T> records) throws SQLException {
        bulk.write(c, table, columns, (BulkInsert.Upsert) null, records, this::bindInsert);
    }

    private void bindInsert(PreparedStatement ps, T record) throws SQLException {
        Meta m = meta(record);
        ps.setString(1, m.id());
        ps.setString(2, IsoTimes.text(m.createdAt()));
        ps.setString(3, IsoTimes.text(m.updatedAt()));
        ps.setString(4, m.updatedBy());
        ps.setLong(5, m.version());
        ps.setInt(6, m.deleted() ? 1 : 0);
        bindData(ps, 7, record);
    }

    private static Meta readMeta(ResultSet rs) throws SQLException {
        return new Meta(rs.getString("id"), Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getLong("version"), rs.getInt("deleted") != 0);
    }
}
