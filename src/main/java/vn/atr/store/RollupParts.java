package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.Activity;
import vn.atr.domain.IsoTimes;

/**
 * A roll-up store's parts (ADR 0203): the activities each sender's package brings, held apart from the store's own
 * records and replaced whole by the sender's next package for the same units and period. The table has no key and
 * no foreign key and one index by unit and date, so a part is written at the pace of a plain table; the activity
 * totals count its rows as they count the store's own, so the summary, the report and the charts read both alike.
 */
public final class RollupParts {
    /** The setting that makes a store a roll-up store; set once, while the store holds no activity. */
    public static final String SETTING = "store.rollup";
    static final String TABLE = DayTotals.ROLLUP;

    private final Database db;
    private final ActivityRepository activities;

    public RollupParts(Database db, ActivityRepository activities) {
        this.db = db;
        this.activities = activities;
    }

    /** A package taken as a part: its sender's unit and period, when and where it was made, its file. */
    public record Part(String sourceUnit, LocalDate from, LocalDate to, String installationId, Instant madeAt,
                       String fileSha256) {
    }

    /** A part already taken whose period overlaps another's and which was made later than it. */
    public record Taken(String sourceUnit, LocalDate from, LocalDate to, Instant madeAt) {
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
                    + " + (SELECT count(*) FROM " + TABLE + ")"); ResultSet rs = ps.executeQuery()) {
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
     * The parts taken from these units (a package's own units and the units above it: those its part overlaps) for a
     * period overlapping {@code from}..{@code to} that were made after {@code madeAt}.
     */
    public List<Taken> madeLaterOverlapping(List<String> sourceUnits, LocalDate from, LocalDate to, Instant madeAt) {
        return db.read(c -> {
            List<Taken> later = new ArrayList<>();
            UnitChunks.run(c, "SELECT source_unit, period_from, period_to, made_at FROM rollup_part WHERE"
                    + " %s AND period_to >= ? AND period_from <= ?", "source_unit", sourceUnits,
                    List.of(from.toString(), to.toString()), ps -> {
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Instant made = Instant.parse(rs.getString(4));
                                if (made.isAfter(madeAt)) {
                                    later.add(new Taken(rs.getString(1), LocalDate.parse(rs.getString(2)),
                                            LocalDate.parse(rs.getString(3)), made));
                                }
                            }
                        }
                    });
            return later;
        });
    }

    /**
     * Replaces what the store holds of {@code units} dated within the part's period by {@code live} (validated by the
     * caller, dated within the period, of those units), the totals following, in the caller's transaction. Returns
     * how many activities it replaced.
     */
    public long replace(Part part, List<String> units, List<Activity> live) {
        return db.transaction(c -> {
            DayTotals totals = new DayTotals(BulkInsert.of(db.dialect()));
            long replaced = totals.subtractRange(c, TABLE, units, part.from(), part.to());
            if (replaced > 0) {
                UnitChunks.run(c, "DELETE FROM " + TABLE + " WHERE %s AND start_date >= ? AND start_date <= ?", units,
                        List.of(part.from().toString(), part.to().toString()), PreparedStatement::executeUpdate);
            }
            activities.insertInto(c, TABLE, live);
            live.forEach(totals::add);
            totals.apply(c);
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
                ps.setLong(8, live.size());
                ps.setLong(9, replaced);
                ps.executeUpdate();
            }
            return replaced;
        });
    }

    /** How many activities the parts hold of these units dated from {@code from} to {@code to}. */
    public long held(List<String> units, LocalDate from, LocalDate to) {
        return db.read(c -> {
            long[] n = {0};
            UnitChunks.run(c, "SELECT count(*) FROM " + TABLE + " WHERE %s AND start_date >= ? AND start_date <= ?",
                    units, List.of(from.toString(), to.toString()), ps -> {
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            n[0] += rs.getLong(1);
                        }
                    });
            return n[0];
        });
    }
}
