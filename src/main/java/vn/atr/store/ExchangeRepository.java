package vn.atr.store;

import vn.atr.domain.Messages;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bookkeeping of offline exchange: imports done, versions last exchanged per source, conflicts. */
public final class ExchangeRepository {
    private final Database db;

    public ExchangeRepository(Database db) {
        this.db = db;
    }

    /** A conflict kept aside: our stored version and the sender's record (as package JSON). */
    public record Conflict(long id, String source, String entity, String recordId, long ourVersion,
                           long theirVersion, String theirRecord, Instant createdAt) {
    }

    /** When and with what result a package with this SHA-256 was imported before, if it was. */
    public Optional<String> previousImport(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT imported_at || ' ' || result FROM exchange_import WHERE sha256 = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void recordImport(String fileName, String sha256, String source, String who, String result) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_import (file_name, sha256, "
                    + "source_installation, imported_by, imported_at, result) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, fileName);
                ps.setString(2, sha256);
                ps.setString(3, source);
                ps.setString(4, who);
                ps.setString(5, Instant.now().toString());
                ps.setString(6, result);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Where a record stood after the last exchange with its sender: the sender's version ({@code theirs}) and the
     * version this store then held ({@code ours}). They differ once a conflict was settled here, which gives the
     * record a version of its own; until then both are the sender's.
     */
    public record Base(long theirs, long ours) {
        public static Base same(long version) {
            return new Base(version, version);
        }
    }

    /**
     * Versions last exchanged with {@code source} for the records {@code ids} of {@code entity} (only
     * those that arrive: a city that merged 114 packages from one source must not read them all again).
     */
    public Map<String, Base> bases(String source, String entity, Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        return db.read(c -> {
            Map<String, Base> map = new HashMap<>();
            if (db.dialect() == Dialect.POSTGRESQL) { // one statement, the ids as one array (ADR 0160)
                try (PreparedStatement ps = c.prepareStatement("SELECT record_id, version, our_version FROM "
                        + "exchange_base WHERE source_installation = ? AND entity = ? AND record_id = ANY(?)")) {
                    ps.setString(1, source);
                    ps.setString(2, entity);
                    ps.setArray(3, c.createArrayOf("text", all.toArray()));
                    readBase(ps, map);
                }
                return map;
            }
            String full = baseSql(CHUNK);
            try (PreparedStatement ps = c.prepareStatement(full)) {
                for (int i = 0; i < all.size(); i += CHUNK) {
                    List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                    if (chunk.size() == CHUNK) {
                        readBase(ps, source, entity, chunk, map);
                    } else {
                        try (PreparedStatement last = c.prepareStatement(baseSql(chunk.size()))) {
                            readBase(last, source, entity, chunk, map);
                        }
                    }
                }
            }
            return map;
        });
    }

    /** The sender's versions alone (what {@link #bases} holds when no conflict was settled). */
    public Map<String, Long> baseVersions(String source, String entity, Collection<String> ids) {
        Map<String, Long> out = new HashMap<>();
        bases(source, entity, ids).forEach((id, b) -> out.put(id, b.theirs()));
        return out;
    }

    private static final int CHUNK = 500;

    private static String baseSql(int n) {
        return "SELECT record_id, version, our_version FROM exchange_base WHERE source_installation = ? AND entity = ? "
                + "AND record_id IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static void readBase(PreparedStatement ps, String source, String entity, List<String> ids,
                                 Map<String, Base> into) throws SQLException {
        ps.setString(1, source);
        ps.setString(2, entity);
        for (int i = 0; i < ids.size(); i++) {
            ps.setString(3 + i, ids.get(i));
        }
        readBase(ps, into);
    }

    private static void readBase(PreparedStatement ps, Map<String, Base> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long theirs = rs.getLong(2);
                long ours = rs.getLong(3);
                into.put(rs.getString(1), new Base(theirs, rs.wasNull() ? theirs : ours));
            }
        }
    }

    /** Records {@code versions} as both sides' versions (a record stored as the sender sent it). */
    public void putBaseVersions(String source, String entity, Map<String, Long> versions) {
        Map<String, Base> bases = new HashMap<>();
        versions.forEach((id, v) -> bases.put(id, Base.same(v)));
        putBases(source, entity, bases);
    }

    /**
     * Keeps where the records now stand with {@code source}. The sender's version never goes back: an older
     * package imported again (or a batch's older file read first) leaves the base of the newer one, so that the
     * sender's next edit is an update, not a conflict. An unchanged base is left as it is: a re-imported package
     * rewrites no row. One bulk write (COPY's sibling on PostgreSQL, ADR 0160), not one statement per record.
     */
    public void putBases(String source, String entity, Map<String, Base> bases) {
        if (bases.isEmpty()) {
            return;
        }
        BulkInsert.Upsert newer = new BulkInsert.Upsert(BASE_KEY,
                "version = excluded.version, our_version = excluded.our_version"
                        + " WHERE exchange_base.version < excluded.version OR (exchange_base.version = excluded.version"
                        + " AND coalesce(exchange_base.our_version, exchange_base.version) <> excluded.our_version)");
        db.transaction(c -> {
            BulkInsert.of(db.dialect()).write(c, "exchange_base", BASE_COLUMNS, newer,
                    List.copyOf(bases.entrySet()), (ps, e) -> {
                        ps.setString(1, source);
                        ps.setString(2, entity);
                        ps.setString(3, e.getKey());
                        ps.setLong(4, e.getValue().theirs());
                        ps.setLong(5, e.getValue().ours());
                    });
            return null;
        });
    }

    private static final List<String> BASE_KEY = List.of("source_installation", "entity", "record_id");
    private static final List<String> BASE_COLUMNS = List.of("source_installation", "entity", "record_id", "version",
            "our_version");

    /** A conflict to keep aside: our stored version and the sender's record as package JSON. */
    public record NewConflict(String recordId, long ourVersion, long theirVersion, String theirRecord) {
    }

    /** Keeps {@code conflicts} of {@code entity} from {@code source} aside, with one prepared statement. */
    public void addConflicts(String source, String entity, List<NewConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_conflict (source_installation, entity, "
                    + "record_id, our_version, their_version, their_record, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (NewConflict n : conflicts) {
                    ps.setString(1, source);
                    ps.setString(2, entity);
                    ps.setString(3, n.recordId());
                    ps.setLong(4, n.ourVersion());
                    ps.setLong(5, n.theirVersion());
                    ps.setString(6, n.theirRecord());
                    ps.setString(7, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * The records of {@code entity} from {@code source} with a conflict still open, each with the sender's version
     * the conflict holds (a handful, read per package).
     */
    public Map<String, Long> openConflictVersions(String source, String entity) {
        return db.read(c -> {
            Map<String, Long> open = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id, their_version FROM exchange_conflict"
                    + " WHERE source_installation = ? AND entity = ? AND resolved_at IS NULL")) {
                ps.setString(1, source);
                ps.setString(2, entity);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        open.merge(rs.getString(1), rs.getLong(2), Math::max);
                    }
                }
            }
            return open;
        });
    }

    /**
     * Closes the open conflicts of {@code recordIds} with {@code resolution}: "superseded" by a newer package's
     * conflict or record, "agreed" when a package brings the record as it is here.
     */
    public void closeOpenConflicts(String source, String entity, Collection<String> recordIds, String resolution) {
        if (recordIds.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_conflict SET resolved_at = ?, resolution = ?"
                    + " WHERE source_installation = ? AND entity = ? AND record_id = ? AND resolved_at IS NULL")) {
                for (String id : recordIds) {
                    ps.setString(1, now);
                    ps.setString(2, resolution);
                    ps.setString(3, source);
                    ps.setString(4, entity);
                    ps.setString(5, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Conflicts not resolved yet, oldest first. */
    public List<Conflict> openConflicts() {
        return db.read(c -> {
            List<Conflict> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, source_installation, entity, record_id, "
                    + "our_version, their_version, their_record, created_at FROM exchange_conflict "
                    + "WHERE resolved_at IS NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Conflict(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), rs.getString(7), Instant.parse(rs.getString(8))));
                }
            }
            return list;
        });
    }

    public void resolve(long conflictId, String resolution) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE exchange_conflict SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")) {
                ps.setString(1, Instant.now().toString());
                ps.setString(2, resolution);
                ps.setLong(3, conflictId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(Messages.get("exchange.conflict.notOpen", conflictId));
                }
            }
            return null;
        });
    }
}
