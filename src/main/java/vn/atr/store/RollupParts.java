package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.atr.domain.Activity;
import vn.atr.domain.IsoTimes;

/**
 * A roll-up store's parts (ADR 0203): the activities each sender's package brings, held apart from the store's own
 * records and replaced whole by the sender's next package for the same units and period. They are kept as chunks,
 * one per unit and half-month, each the JSON text of its records ({@link PartChunk}, ADR 0204): a commune's year is
 * two dozen rows instead of a thousand, so a national roll-up writes its parts at the pace of the bytes, not of
 * rows and index entries. The activity totals count their records as they count the store's own, so the summary,
 * the report and the charts read both alike.
 */
public final class RollupParts {
    /** The setting that makes a store a roll-up store; set once, while the store holds no activity. */
    public static final String SETTING = "store.rollup";
    static final String TABLE = "rollup_chunk";

    private final Database db;

    public RollupParts(Database db) {
        this.db = db;
    }

    /** A package taken as a part: its sender's unit and period, when and where it was made, its file. */
    public record Part(String sourceUnit, LocalDate from, LocalDate to, String installationId, Instant madeAt,
                       String fileSha256) {
    }

    /** A part already taken whose period overlaps another's and which was made later than it; the file it came from. */
    public record Taken(String sourceUnit, LocalDate from, LocalDate to, Instant madeAt, String fileSha256) {
        /** Whether it replaced all that a part of {@code unit} or of a unit within it would for {@code from}..{@code to}. */
        public boolean covers(List<String> unitAndAbove, LocalDate from, LocalDate to) {
            return unitAndAbove.contains(sourceUnit) && !this.from.isAfter(from) && !this.to.isBefore(to);
        }
    }

    /** One chunk's key: a unit and the first day of a half-month. */
    private record ChunkKey(String unit, String half) {
        static final Comparator<ChunkKey> ORDER = Comparator.comparing(ChunkKey::unit).thenComparing(ChunkKey::half);
    }

    /**
     * A part's records grouped into chunks, each written as its text, and the totals they add: made before the write
     * and on any thread (a batch prepares the next package's part on its read-ahead thread while the current one is
     * written), since it needs nothing from the store.
     */
    public static final class Prepared {
        private final Map<ChunkKey, List<Activity>> groups = new HashMap<>();
        private final Map<ChunkKey, byte[]> texts = new HashMap<>(); // UTF-8, encoded off the writing thread
        private final DayTotals totals;
        private final List<Activity> live;
        private final int records;

        private Prepared(Dialect dialect, List<Activity> live) {
            totals = DayTotals.forParts(BulkInsert.of(dialect));
            for (Activity a : live) {
                groups.computeIfAbsent(new ChunkKey(a.unitCode(), PartChunk.half(a.startDate())),
                        k -> new ArrayList<>()).add(a);
            }
            groups.forEach((k, records) -> {
                texts.put(k, PartChunk.write(records).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                totals.addHalf(k.unit(), k.half(), records);
            });
            records = live.size();
            this.live = live;
        }

        /** Whether this is the part of exactly these records, in this order (the plan's, when it is written). */
        public boolean isOf(List<Activity> records) {
            if (records.size() != live.size()) {
                return false;
            }
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) != live.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code live}'s part prepared for {@link #replace}: live records of the part's units. */
    public Prepared prepare(List<Activity> live) {
        return new Prepared(db.dialect(), live);
    }

    /** Whether this store takes packages' activities as parts. */
    public boolean enabled() {
        return new SettingsRepository(db).get(SETTING).map("true"::equals).orElse(false);
    }

    /**
     * Makes this store a roll-up store. Refused while it holds activities of its own or parts: they would be counted
     * beside the parts that later packages bring for the same records.
     */
    public void enable() {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM activity)"
                    + " + (SELECT coalesce(sum(records), 0) FROM " + TABLE + ")"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new StoreException(vn.atr.domain.Messages.get("rollup.notEmpty", rs.getLong(1)));
                }
            }
            new SettingsRepository(db).put(SETTING, "true");
            return null;
        });
    }

    /**
     * Whether this very file was taken before as this part: the same unit, period and file. Taking it again would
     * change nothing, or, if a newer part has replaced some of it since, undo the newer one.
     */
    public boolean taken(Part part) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM rollup_part WHERE source_unit = ?"
                    + " AND period_to = ? AND period_from = ? AND file_sha256 = ?")) {
                ps.setString(1, part.sourceUnit());
                ps.setString(2, part.to().toString());
                ps.setString(3, part.from().toString());
                ps.setString(4, part.fileSha256());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The SHA-256 of every file taken as a part. */
    public java.util.Set<String> takenFiles() {
        return db.read(c -> {
            java.util.Set<String> files = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT file_sha256 FROM rollup_part");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(rs.getString(1));
                }
            }
            return files;
        });
    }

    /**
     * The parts taken from these units (a package's own units and the units above it: those its part overlaps) for a
     * period overlapping {@code from}..{@code to} that were made after {@code madeAt}.
     */
    public List<Taken> madeLaterOverlapping(List<String> sourceUnits, LocalDate from, LocalDate to, Instant madeAt) {
        return db.read(c -> {
            List<Taken> later = new ArrayList<>();
            UnitChunks.run(c, "SELECT source_unit, period_from, period_to, made_at, file_sha256 FROM rollup_part"
                    + " WHERE %s AND period_to >= ? AND period_from <= ?", "source_unit", sourceUnits,
                    List.of(from.toString(), to.toString()), ps -> {
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Instant made = Instant.parse(rs.getString(4));
                                if (made.isAfter(madeAt)) {
                                    later.add(new Taken(rs.getString(1), LocalDate.parse(rs.getString(2)),
                                            LocalDate.parse(rs.getString(3)), made, rs.getString(5)));
                                }
                            }
                        }
                    });
            return later;
        });
    }

    /**
     * The totals of a batch's parts, written together (at the batch's end, or when many wait) rather than package by
     * package: a few statements per batch instead of four per package, and the rows of units the totals do not hold
     * yet copied in (ADR 0205). Nothing reads the totals while a batch merges.
     */
    public final class PendingTotals {
        /** Keys waiting before they are written: a few hundred per commune's part, bounded memory for any batch. */
        private static final int MOST = 200_000;
        private final DayTotals totals = DayTotals.forParts(BulkInsert.of(db.dialect()));

        private void add(java.sql.Connection c, DayTotals part) throws java.sql.SQLException {
            totals.addAll(part);
            if (totals.pending() >= MOST) {
                totals.apply(c);
            }
        }

        /** Writes what waits, in the caller's transaction (the batch's). */
        public void write() {
            db.transaction(c -> {
                totals.apply(c);
                return null;
            });
        }
    }

    /** Totals for a batch's parts to {@link #replace} into, written by {@link PendingTotals#write()}. */
    public PendingTotals pendingTotals() {
        return new PendingTotals();
    }

    /**
     * Replaces what the store holds of {@code units} dated within the part's period by the {@link #prepare}d records
     * (validated by the caller: live, dated within the period, of those units), the totals following, in the caller's
     * transaction; a prepared part is written once (its totals are spent by the write). The chunks of the period's
     * first and last half-months keep their records dated outside it. Returns how many activities it replaced.
     * {@code mayHold} false when the caller knows that no chunk of these units is held (read by {@link #heldNow} in
     * this transaction, none written since), so none is read; {@code pending}, if given, takes the part's totals to
     * write later, else they are written now.
     */
    public long replace(Part part, List<String> units, Prepared prepared, boolean mayHold, PendingTotals pending) {
        return db.transaction(c -> {
            DayTotals totals = prepared.totals;
            Map<ChunkKey, List<Activity>> kept = new HashMap<>();
            long[] replaced = {0};
            boolean[] held = {false};
            forEachChunk(c, mayHold ? units : List.of(), part.from(), part.to(), (key, records) -> {
                held[0] = true;
                for (Activity a : records) {
                    if (within(a, part.from(), part.to())) {
                        totals.remove(a);
                        replaced[0]++;
                    } else { // of the same half-month, outside the period: kept
                        kept.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                    }
                }
            });
            if (held[0]) {
                UnitChunks.run(c, "DELETE FROM " + TABLE + " WHERE %s AND half >= ? AND half <= ?", units,
                        halves(part.from(), part.to()), PreparedStatement::executeUpdate);
            }
            java.util.Set<ChunkKey> keys = new java.util.TreeSet<>(ChunkKey.ORDER); // the B-tree's order
            keys.addAll(prepared.groups.keySet());
            keys.addAll(kept.keySet());
            // the texts go as their UTF-8 bytes, which the read-ahead threads made (ADR 0206)
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (unit_code, half, records, data)"
                    + " VALUES (?, ?, ?, " + db.dialect().textFromUtf8("?") + ")")) {
                for (ChunkKey k : keys) {
                    List<Activity> records = new ArrayList<>(kept.getOrDefault(k, List.of()));
                    records.addAll(prepared.groups.getOrDefault(k, List.of()));
                    ps.setString(1, k.unit());
                    ps.setString(2, k.half());
                    ps.setLong(3, records.size());
                    // a chunk that keeps records from before is written anew, the others as prepared
                    ps.setBytes(4, kept.containsKey(k)
                            ? PartChunk.write(records).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : prepared.texts.get(k));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (pending != null) {
                pending.add(c, totals);
            } else {
                totals.apply(c);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_part (source_unit, period_from,"
                    + " period_to, installation_id, made_at, received_at, file_sha256, activities, replaced)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, part.sourceUnit());
                ps.setString(2, part.from().toString());
                ps.setString(3, part.to().toString());
                ps.setString(4, part.installationId());
                ps.setString(5, IsoTimes.text(part.madeAt()));
                ps.setString(6, IsoTimes.text(Instant.now()));
                ps.setString(7, part.fileSha256());
                ps.setLong(8, prepared.records);
                ps.setLong(9, replaced[0]);
                ps.executeUpdate();
            }
            return replaced[0];
        });
    }

    /**
     * The units the parts hold chunks of, and the units parts were taken from: read once before a batch, so that a
     * package whose units appear in neither (the first merge of a commune) reads no chunk and no part.
     */
    public Held heldNow() {
        return db.read(c -> new Held(codes(c, "SELECT DISTINCT unit_code FROM " + TABLE),
                codes(c, "SELECT DISTINCT source_unit FROM rollup_part")));
    }

    /** What {@link #heldNow} found: units with chunks, units parts were taken from. */
    public record Held(java.util.Set<String> chunkUnits, java.util.Set<String> partSources) {
    }

    private static java.util.Set<String> codes(java.sql.Connection c, String sql) throws java.sql.SQLException {
        java.util.Set<String> codes = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** How many activities the parts hold of these units dated from {@code from} to {@code to}. */
    public long held(List<String> units, LocalDate from, LocalDate to) {
        return db.read(c -> {
            long[] n = {0};
            UnitChunks.run(c, "SELECT half, records, unit_code, data FROM " + TABLE + " WHERE %s AND half >= ?"
                    + " AND half <= ?", units, halves(from, to), ps -> {
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                LocalDate half = LocalDate.parse(rs.getString(1));
                                if (!half.isBefore(from) && !halfEnd(half).isAfter(to)) {
                                    n[0] += rs.getLong(2); // the whole half-month within the period
                                } else {
                                    n[0] += PartChunk.read(rs.getString(3), rs.getString(4)).stream()
                                            .filter(a -> within(a, from, to)).count();
                                }
                            }
                        }
                    });
            return n[0];
        });
    }

    /**
     * Every record the parts hold dated from {@code from} to {@code to} and, if {@code units} are given, of one of
     * them, chunk by chunk: never all at once.
     */
    void forEach(LocalDate from, LocalDate to, java.util.Collection<String> units, Consumer<Activity> each) {
        db.read(c -> {
            forEachChunk(c, units == null ? null : List.copyOf(units), from, to, (key, records) -> {
                for (Activity a : records) {
                    if (within(a, from, to)) {
                        each.accept(a);
                    }
                }
            });
            return null;
        });
    }

    private interface ChunkReader {
        void read(ChunkKey key, List<Activity> records);
    }

    /** The chunks of these units (all units if null) whose half-month overlaps the period, decoded. */
    private static void forEachChunk(java.sql.Connection c, List<String> units, LocalDate from, LocalDate to,
                                     ChunkReader each) throws java.sql.SQLException {
        UnitChunks.Each reading = ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String unit = rs.getString(1);
                    each.read(new ChunkKey(unit, rs.getString(2)), PartChunk.read(unit, rs.getString(3)));
                }
            }
        };
        String sql = "SELECT unit_code, half, data FROM " + TABLE + " WHERE half >= ? AND half <= ?";
        if (units == null) {
            try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY unit_code, half")) {
                List<String> h = halves(from, to);
                ps.setString(1, h.get(0));
                ps.setString(2, h.get(1));
                reading.run(ps);
            }
        } else if (!units.isEmpty()) {
            UnitChunks.run(c, "SELECT unit_code, half, data FROM " + TABLE + " WHERE %s AND half >= ? AND half <= ?",
                    units, halves(from, to), reading);
        }
    }

    /**
     * The values of a list column named by the parts' records dated from {@code from} to the day before {@code
     * until}, as a query of (day, unit_code, list_value, records) read from the chunks' JSON by the engine itself:
     * the first and last days of a custom period, beside the list totals of its whole half-months. The dates come
     * from {@link LocalDate}s (digits and dashes only) and the column from {@link DayTotals#LIST_COLUMNS}.
     */
    static String listValuesOnDays(Dialect dialect, String column, LocalDate from, LocalDate until) {
        String day = "(r.value ->> " + PartChunk.START_DATE + ")";
        String value = "(r.value ->> " + PartChunk.position(column) + ")";
        return "SELECT " + day + " AS day, c.unit_code, " + value + " AS list_value, 1 AS records FROM " + TABLE
                + " c CROSS JOIN " + dialect.jsonArrayElements("c.data", "r") + " WHERE c.half >= '"
                + PartChunk.half(from) + "' AND c.half <= '" + PartChunk.half(until.minusDays(1)) + "' AND " + day
                + " >= '" + from + "' AND " + day + " < '" + until + "' AND coalesce(" + value + ", '') <> ''";
    }

    /**
     * The parts' records dated from {@code from} to the day before {@code until} as a query with the totals'
     * columns (day, unit_code, type_code, records, participants, quantity), one row per record, read from the
     * chunks' JSON by the engine itself: no day is totalled (ADR 0204, 0211), so a custom period's first and
     * last days count them so, as the store's own activities. Dates as in {@link #listValuesOnDays}.
     */
    static String recordsOnDays(Dialect dialect, LocalDate from, LocalDate until) {
        String day = "(r.value ->> " + PartChunk.START_DATE + ")";
        return "SELECT " + day + " AS day, c.unit_code, (r.value ->> " + PartChunk.TYPE_CODE + ") AS type_code,"
                + " 1 AS records, CAST((r.value ->> " + PartChunk.PARTICIPANTS + ") AS BIGINT) AS participants,"
                + " CAST((r.value ->> " + PartChunk.QUANTITY + ") AS BIGINT) AS quantity FROM " + TABLE
                + " c CROSS JOIN " + dialect.jsonArrayElements("c.data", "r") + " WHERE c.half >= '"
                + PartChunk.half(from) + "' AND c.half <= '" + PartChunk.half(until.minusDays(1)) + "' AND " + day
                + " >= '" + from + "' AND " + day + " < '" + until + "'";
    }

    private static boolean within(Activity a, LocalDate from, LocalDate to) {
        return !a.startDate().isBefore(from) && !a.startDate().isAfter(to);
    }

    /** The first and last chunks' half-months of a period, as the parameters of a range over the chunks' key. */
    private static List<String> halves(LocalDate from, LocalDate to) {
        return List.of(PartChunk.half(from), PartChunk.half(to));
    }

    /** The last day of the half-month starting on {@code half}. */
    private static LocalDate halfEnd(LocalDate half) {
        return half.getDayOfMonth() == 1 ? half.withDayOfMonth(14) : half.withDayOfMonth(half.lengthOfMonth());
    }
}
