package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;

/**
 * The net change a batch of activity writes makes to {@code activity_day_total}, applied once per
 * (day, unit, type) it touches, inside the batch's transaction (ADR 0105): what the per-row triggers
 * did before V12, without a B-tree write and a statement journal for every row. Rows that a write
 * replaces are read first and taken out; written rows that are live are added.
 */
final class DayTotals {
    private static final int CHUNK = 500;
    static final String DAYS = "activity_day_total";
    static final String MONTHS = "activity_month_total";
    /** Both totals tables' columns; the first three are the key. */
    private static final List<String> COLUMNS = List.of("day", "unit_code", "type_code", "records", "participants",
            "quantity");

    private record Key(String day, String unit, String type) {
    }

    private final Map<Key, long[]> delta = new HashMap<>();
    private final BulkInsert bulk;

    DayTotals(BulkInsert bulk) {
        this.bulk = bulk;
    }

    /** Takes out the stored live rows among {@code ids} (those a write is about to replace). */
    void subtractStored(Connection c, Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(ids);
        if (bulk == PgCopyInsert.INSTANCE) {
            // One statement, the ids as one array (ADR 0160). The deletion flag is read, not filtered: with
            // "deleted = 0" beside an array of unknown length the planner walks the live-date index instead
            // of probing the key.
            try (PreparedStatement ps = c.prepareStatement("SELECT start_date, unit_code, type_code, participants,"
                    + " quantity, deleted FROM activity WHERE id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("text", all.toArray()));
                subtract(ps, true);
            }
            return;
        }
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT start_date, unit_code, type_code, participants,"
                    + " quantity FROM activity WHERE deleted = 0 AND id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int k = 0; k < chunk.size(); k++) {
                    ps.setString(k + 1, chunk.get(k));
                }
                subtract(ps, false);
            }
        }
    }

    /** Takes out the rows {@code ps} reads; {@code flagged}: its sixth column is the deletion flag, to skip by. */
    private void subtract(PreparedStatement ps, boolean flagged) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (flagged && rs.getLong(6) != 0) {
                    continue;
                }
                add(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), -1, -rs.getLong(4), -rs.getLong(5));
            }
        }
    }

    /** Adds a written row, if it is live. */
    void add(Activity a) {
        if (!a.meta().deleted()) {
            add(new Key(a.startDate().toString(), a.unitCode(), a.typeCode()), 1, a.participants(), a.quantity());
        }
    }

    private void add(Key k, long records, long participants, long quantity) {
        long[] t = delta.computeIfAbsent(k, x -> new long[3]);
        t[0] += records;
        t[1] += participants;
        t[2] += quantity;
    }

    /** Writes the net change to the day and the month totals: one upsert per key whose figures moved. */
    void apply(Connection c) throws SQLException {
        Map<Key, long[]> months = new HashMap<>();
        delta.forEach((k, t) -> {
            long[] m = months.computeIfAbsent(new Key(k.day().substring(0, 8) + "01", k.unit(), k.type()),
                    x -> new long[3]);
            for (int i = 0; i < 3; i++) {
                m[i] += t[i];
            }
        });
        apply(c, DAYS, delta);
        apply(c, MONTHS, months);
        delta.clear();
    }

    private void apply(Connection c, String table, Map<Key, long[]> delta) throws SQLException {
        List<Map.Entry<Key, long[]>> moved = delta.entrySet().stream()
                // a correction that left its day, unit and type as they were moves nothing
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0 || e.getValue()[2] != 0).toList();
        BulkInsert.Upsert adding = new BulkInsert.Upsert(COLUMNS.subList(0, 3), "records = " + table
                + ".records + excluded.records, participants = " + table + ".participants + excluded.participants,"
                + " quantity = " + table + ".quantity + excluded.quantity");
        bulk.write(c, table, COLUMNS, adding, moved, (ps, e) -> {
            ps.setString(1, e.getKey().day());
            ps.setString(2, e.getKey().unit());
            ps.setString(3, e.getKey().type());
            ps.setLong(4, e.getValue()[0]);
            ps.setLong(5, e.getValue()[1]);
            ps.setLong(6, e.getValue()[2]);
        });
    }

    /**
     * The activity totals of a period as a subquery with the day totals' columns: whole months from the
     * month totals (dated their first day), the partial months at either end from the day totals. Its
     * dates come from {@link LocalDate}s (digits and dashes only), so they are written into the SQL.
     */
    static String of(ReportPeriod p) {
        LocalDate from = p.from();
        LocalDate to = p.to();
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = to.plusDays(1).withDayOfMonth(1); // to's month's first day, or the day after to
        String columns = "SELECT day, unit_code, type_code, records, participants, quantity FROM ";
        if (!firstWhole.isBefore(afterWhole)) { // no whole month: days only
            return "(" + columns + DAYS + " WHERE day BETWEEN '" + from + "' AND '" + to + "')";
        }
        return "(" + columns + MONTHS + " WHERE day >= '" + firstWhole + "' AND day < '" + afterWhole + "'"
                + " UNION ALL " + columns + DAYS + " WHERE day >= '" + from + "' AND day < '" + firstWhole + "'"
                + " UNION ALL " + columns + DAYS + " WHERE day >= '" + afterWhole + "' AND day <= '" + to + "')";
    }
}
