package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.atr.domain.access.AuditCheck;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.access.AuditHead;
import vn.atr.security.AuditHash;

/**
 * The append-only, hash-chained audit log. Triggers refuse UPDATE and DELETE on the table; the
 * chain makes a change made around the triggers (someone editing the file) visible to {@link #verify()}.
 * Entries are written in the caller's transaction, so a rolled-back change leaves no entry.
 */
public final class AuditRepository {
    private final Database db;
    private PreparedStatement lastEntry;
    private PreparedStatement insertEntry;
    /**
     * The entry this transaction appended last (seq below 1: none yet). The chain's lock (PostgreSQL) or the single
     * writer (SQLite) keeps the head this transaction's until it ends, so the next entry follows it without reading
     * it again or taking the lock again: a merge appends one per package, each a round trip to a server.
     */
    private long appendedSeq;
    private String appendedHash;

    AuditRepository(Database db) {
        this.db = db;
    }

    /** Appends one entry (joining the current transaction, if any). */
    public void append(String user, String action, String kind, String recordId, Long before, Long after,
                       String detail) {
        db.transaction(c -> {
            append(c, user, action, kind, recordId, before, after, detail);
            return null;
        });
    }

    void append(Connection c, String user, String action, String kind, String recordId, Long before, Long after,
                String detail) throws SQLException {
        prepare(c);
        boolean inTransaction = !c.getAutoCommit();
        String previous = AuditHash.GENESIS;
        long seq = 1;
        if (inTransaction && appendedSeq > 0) {
            seq = appendedSeq + 1;
            previous = appendedHash;
        } else {
            db.dialect().lockAuditChain(c);
            try (ResultSet rs = lastEntry.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    previous = rs.getString(2);
                }
            }
        }
        String at = Instant.now().toString();
        String hash = AuditHash.of(previous, fields(seq, at, user, action, kind, recordId, before, after, detail));
        PreparedStatement ps = insertEntry;
        ps.setLong(1, seq);
        ps.setString(2, at);
        ps.setString(3, user);
        ps.setString(4, action);
        ps.setString(5, kind);
        ps.setString(6, recordId);
        ps.setObject(7, before);
        ps.setObject(8, after);
        ps.setString(9, detail);
        ps.setString(10, previous);
        ps.setString(11, hash);
        ps.executeUpdate();
        if (inTransaction) {
            appendedSeq = seq;
            appendedHash = hash;
        }
    }

    /** A transaction begins (or ends): no entry appended in it yet. */
    void transactionBegins() {
        appendedSeq = 0;
        appendedHash = null;
    }

    /** The two statements stay prepared: compiling them on every append was most of the cost per row. */
    private void prepare(Connection c) throws SQLException {
        if (lastEntry == null || lastEntry.isClosed()) {
            lastEntry = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
            insertEntry = c.prepareStatement("INSERT INTO audit_log (seq, at, user_name, action, record_kind,"
                    + " record_id, version_before, version_after, detail, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
    }

    /** Newest first, filtered by user and/or action prefix (null = any), at most {@code limit}. */
    public List<AuditEntry> list(String user, String actionPrefix, int limit) {
        return list(user, actionPrefix, null, null, limit);
    }

    /**
     * As {@link #list(String, String, int)}, also limited to {@code from <= at < to} (null = open).
     * The bounds are compared as text without a zone suffix: an entry's "2026-11-29T03:50:00.12Z"
     * sorts after the bound "2026-11-29T03:50:00" of the same second, so no entry falls between.
     */
    public List<AuditEntry> list(String user, String actionPrefix, Instant from, Instant to, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT * FROM audit_log WHERE (CAST(? AS TEXT) IS NULL OR user_name = ?)
                    AND (CAST(? AS TEXT) IS NULL OR action LIKE ? || '%')
                    AND (CAST(? AS TEXT) IS NULL OR at >= ?) AND (CAST(? AS TEXT) IS NULL OR at < ?)
                    ORDER BY seq DESC LIMIT ?""")) {
                // Plain positional parameters, each given twice: numbered ones (?1) are SQLite's only.
                String[] values = {user, actionPrefix, bound(from), bound(to)};
                for (int i = 0; i < values.length; i++) {
                    ps.setString(2 * i + 1, values[i]);
                    ps.setString(2 * i + 2, values[i]);
                }
                ps.setInt(9, limit);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Recomputes the whole chain from the first entry. */
    public AuditCheck verify() {
        return db.read(c -> verify(c, db.dialect()));
    }

    /** The same on {@code c}, a connection to any store of {@code dialect} (a backup before it is restored). */
    static AuditCheck verify(Connection c, Dialect dialect) throws SQLException {
        String previous = AuditHash.GENESIS;
        long expectedSeq = 1;
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEntry e = map(rs);
                n++;
                if (e.seq() != expectedSeq) {
                    return new AuditCheck(n, expectedSeq, "missing");
                }
                if (!e.previousHash().equals(previous)) {
                    return new AuditCheck(n, e.seq(), "previous");
                }
                String hash = AuditHash.of(previous, fields(e.seq(), rs.getString("at"), e.user(), e.action(),
                        e.recordKind(), e.recordId(), e.versionBefore(), e.versionAfter(), e.detail()));
                if (!hash.equals(e.hash())) {
                    return new AuditCheck(n, e.seq(), "content");
                }
                previous = e.hash();
                expectedSeq++;
            }
        }
        // AUTOINCREMENT remembers the highest number ever given: entries cut from the tail (or all of
        // them) leave it above the last entry still there.
        long highest = highestSeqEverGiven(c, dialect);
        if (highest >= expectedSeq) {
            return new AuditCheck(n, expectedSeq, "missing");
        }
        return new AuditCheck(n, null, null);
    }

    /** The newest entry: its number and hash (the chain head to keep outside the file); empty log: seq 0, genesis. */
    public AuditHead head() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new AuditHead(rs.getLong(1), rs.getString(2)) : new AuditHead(0, AuditHash.GENESIS);
            }
        });
    }

    /** Whether any entry has {@code action} (e.g. the moment the accounts were first sealed). */
    public boolean hasAction(String action) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_log WHERE action = ? LIMIT 1")) {
                ps.setString(1, action);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The newest entry about record {@code recordKind}/{@code recordId} with one of {@code actions}. */
    public java.util.Optional<AuditEntry> lastAbout(String recordKind, String recordId, List<String> actions) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE record_kind = ?"
                    + " AND record_id = ? AND action IN (" + String.join(", ", java.util.Collections.nCopies(
                            actions.size(), "?")) + ") ORDER BY seq DESC LIMIT 1")) {
                ps.setString(1, recordKind);
                ps.setString(2, recordId);
                for (int i = 0; i < actions.size(); i++) {
                    ps.setString(3 + i, actions.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(map(rs)) : java.util.Optional.<AuditEntry>empty();
                }
            }
        });
    }

    /** The entry whose hash is {@code hash}, if the log holds one (an earlier head recorded elsewhere). */
    public java.util.Optional<Long> seqOf(String hash) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM audit_log WHERE hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }

    private static long highestSeqEverGiven(Connection c, Dialect dialect) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.highestAuditSeqSql());
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String bound(Instant t) {
        return t == null ? null : BOUND.format(t.atOffset(java.time.ZoneOffset.UTC));
    }

    private static final java.time.format.DateTimeFormatter BOUND =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private static List<Object> fields(long seq, String at, String user, String action, String kind, String id,
                                       Long before, Long after, String detail) {
        return Arrays.asList(seq, at, user, action, kind, id, before, after, detail);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Instant.parse(rs.getString("at")), rs.getString("user_name"),
                rs.getString("action"), rs.getString("record_kind"), rs.getString("record_id"),
                (Long) longOrNull(rs, "version_before"), (Long) longOrNull(rs, "version_after"), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static Object longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
