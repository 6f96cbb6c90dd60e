package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;

/**
 * The net change a batch of activity writes makes to the activity totals, applied once per key it touches,
 * inside the batch's transaction (ADR 0105): what the per-row triggers did before V12, without a B-tree
 * write and a statement journal for every row. Rows that a write replaces are read first and taken out;
 * written rows that are live are added.
 *
 * <p>Two grains of (bucket, unit, type) totals (ADR 0170): the half-month (the 1st to the 14th, the 15th to the
 * month's end) and the report year (15/12 to 14/12); the half-month per unit over all types (the report's months);
 * and the values the report quotes from the list columns (partners, topics, target groups) per half-month and
 * report year. Every period of Decree 09 and every calendar month is made of whole half-months, a year's of one
 * report year; the single days at either end of a custom period are read from the activities themselves (ADR 0211:
 * day totals held about one row per activity, and writing them was a tenth of a merge).
 */
final class DayTotals {
    private static final int CHUNK = 500;
    /** Not a table: the spans of a period read from the activities themselves (and a roll-up store's chunks). */
    static final String DAYS = "days";
    static final String HALVES = "activity_half_total";
    static final String YEARS = "activity_year_total";
    static final String LISTS = "activity_list_total";
    /** Half-month totals per unit over all types, with the sessions among them: the report's months. */
    static final String HALF_UNITS = "activity_half_unit_total";
    /** The activity types a month's sessions count (trainings, outreach sessions, conferences). */
    static final List<String> SESSION_TYPES = List.of("TRAINING", "OUTREACH_SESSION", "CONFERENCE");
    /** The grains of {@link #LISTS}: half-month and report year. */
    static final String HALF = "H";
    static final String YEAR = "Y";
    /** The activity columns whose values {@link #LISTS} counts. */
    static final List<String> LIST_COLUMNS = List.of("partner_orgs", "topics", "target_group");
    /** The totals tables' columns; the first three are the key. */
    private static final List<String> COLUMNS = List.of("day", "unit_code", "type_code", "records", "participants",
            "quantity");
    private static final List<String> HALF_UNIT_COLUMNS = List.of("day", "unit_code", "records", "participants",
            "sessions");
    private static final List<String> LIST_TABLE_COLUMNS = List.of("grain", "day", "unit_code", "list_column",
            "list_value", "records");
    private static final MonthDay YEAR_START = ReportPeriod.YEAR_START;

    /**
     * Ordered, so that concurrent writers lock shared keys in one order (no deadlock on PostgreSQL). Its equality
     * and hash are written out, as ListKey's: a merge looks keys up several times per record, and a record's
     * generated ones go through method handles, which the installed app's C1 compiler runs slowly (ADR 0185).
     */
    private record Key(String day, String unit, String type) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int d = day.compareTo(o.day);
            if (d != 0) {
                return d;
            }
            int u = unit.compareTo(o.unit);
            return u != 0 ? u : type.compareTo(o.type);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && day.equals(k.day) && unit.equals(k.unit) && type.equals(k.type);
        }

        @Override
        public int hashCode() {
            return (day.hashCode() * 31 + unit.hashCode()) * 31 + type.hashCode();
        }
    }

    private record ListKey(String grain, String day, String unit, String column, String value)
            implements Comparable<ListKey> {
        @Override
        public int compareTo(ListKey o) {
            int c = grain.compareTo(o.grain);
            if (c == 0) {
                c = day.compareTo(o.day);
            }
            if (c == 0) {
                c = unit.compareTo(o.unit);
            }
            if (c == 0) {
                c = column.compareTo(o.column);
            }
            return c != 0 ? c : value.compareTo(o.value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListKey k && value.equals(k.value) && day.equals(k.day) && unit.equals(k.unit)
                    && column.equals(k.column) && grain.equals(k.grain);
        }

        @Override
        public int hashCode() {
            return (((grain.hashCode() * 31 + day.hashCode()) * 31 + unit.hashCode()) * 31 + column.hashCode()) * 31
                    + value.hashCode();
        }
    }

    private final Map<Key, long[]> delta = new java.util.HashMap<>();
    private final Map<ListKey, long[]> listDelta = new java.util.HashMap<>();
    /** Day (ISO text) -> {its half-month, its report year, the day}: a batch names a few hundred days at most. */
    private final Map<String, String[]> buckets = new java.util.HashMap<>();
    private final Map<LocalDate, String[]> dates = new java.util.HashMap<>();
    private final BulkInsert bulk;
    /** A roll-up store's parts (ADR 0204): mostly units and half-months the totals do not hold yet. */
    private final boolean parts;

    DayTotals(BulkInsert bulk) {
        this(bulk, false);
    }

    private DayTotals(BulkInsert bulk, boolean parts) {
        this.bulk = bulk;
        this.parts = parts;
    }

    /**
     * The totals of a roll-up store's parts (ADR 0204): their days, as any activity's, are not totalled; the first
     * and last days of a custom period read the parts' records from their chunks.
     */
    static DayTotals forParts(BulkInsert bulk) {
        return new DayTotals(bulk, true);
    }

    /** Takes out the stored live rows among {@code ids} (those a write is about to replace). */
    void subtractStored(Connection c, Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(ids);
        String columns = "start_date, unit_code, type_code, participants, quantity, " + String.join(", ", LIST_COLUMNS);
        if (bulk == PgCopyInsert.INSTANCE) {
            // One statement, the ids as one array (ADR 0160). The deletion flag is read, not filtered: with
            // "deleted = 0" beside an array of unknown length the planner walks the live-date index instead
            // of probing the key.
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + ", deleted FROM activity"
                    + " WHERE id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("text", all.toArray()));
                subtract(ps, true);
            }
            return;
        }
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM activity WHERE deleted = 0"
                    + " AND id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int k = 0; k < chunk.size(); k++) {
                    ps.setString(k + 1, chunk.get(k));
                }
                subtract(ps, false);
            }
        }
    }

    /**
     * Takes out the rows {@code ps} reads (day, unit, type, participants, quantity, then the list columns);
     * {@code flagged}: the column after them is the deletion flag, to skip by.
     */
    private void subtract(PreparedStatement ps, boolean flagged) throws SQLException {
        int deletedColumn = 6 + LIST_COLUMNS.size();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (flagged && rs.getLong(deletedColumn) != 0) {
                    continue;
                }
                String day = rs.getString(1);
                String unit = rs.getString(2);
                String[] b = buckets(day);
                add(new Key(b[0], unit, rs.getString(3)), -1, -rs.getLong(4), -rs.getLong(5));
                for (int k = 0; k < LIST_COLUMNS.size(); k++) {
                    addValue(b, unit, LIST_COLUMNS.get(k), rs.getString(6 + k), -1);
                }
            }
        }
    }

    /** Adds a written row, if it is live. */
    void add(Activity a) {
        add(a, 1);
    }

    /**
     * Adds the live records of one unit and half-month (a roll-up part's chunk, counted without days): summed by type
     * and by list value first, so that the totals' keys are made once per chunk rather than per record.
     */
    void addHalf(String unit, String half, List<Activity> records) {
        Map<String, long[]> byType = new java.util.HashMap<>();
        List<Map<String, long[]>> byValue = List.of(new java.util.HashMap<>(), new java.util.HashMap<>(),
                new java.util.HashMap<>());
        for (Activity a : records) {
            if (a.meta().deleted()) {
                continue;
            }
            long[] t = byType.computeIfAbsent(a.typeCode(), x -> new long[3]);
            t[0]++;
            t[1] += a.participants();
            t[2] += a.quantity();
            // the list columns as ActivityRepository stores them
            count(byValue.get(0), Columns.listOf(a.partnerOrgs()));
            count(byValue.get(1), Columns.setOf(a.topics()));
            count(byValue.get(2), a.targetGroup());
        }
        String[] b = buckets(half);
        byType.forEach((type, t) -> add(new Key(b[0], unit, type), t[0], t[1], t[2]));
        for (int k = 0; k < LIST_COLUMNS.size(); k++) {
            String column = LIST_COLUMNS.get(k);
            byValue.get(k).forEach((value, n) -> addValue(b, unit, column, value, n[0]));
        }
    }

    private static void count(Map<String, long[]> values, String value) {
        if (value != null && !value.isEmpty()) {
            values.computeIfAbsent(value, x -> new long[1])[0]++;
        }
    }

    /** Takes out a row that a write replaces, if it is live (a roll-up store's part, ADR 0203). */
    void remove(Activity a) {
        add(a, -1);
    }

    private void add(Activity a, int sign) {
        if (!a.meta().deleted()) {
            // {half-month, report year} as text: a batch names a few hundred days at most
            String[] b = dates.computeIfAbsent(a.startDate(), d -> buckets(d.toString()));
            // keyed by its half-month's first day, which stands for its days (no day is totalled, ADR 0211)
            add(new Key(b[0], a.unitCode(), a.typeCode()), sign, sign * (long) a.participants(),
                    sign * a.quantity());
            // the list columns as ActivityRepository stores them
            addValue(b, a.unitCode(), LIST_COLUMNS.get(0), Columns.listOf(a.partnerOrgs()), sign);
            addValue(b, a.unitCode(), LIST_COLUMNS.get(1), Columns.setOf(a.topics()), sign);
            addValue(b, a.unitCode(), LIST_COLUMNS.get(2), a.targetGroup(), sign);
        }
    }

    private void add(Key k, long records, long participants, long quantity) {
        long[] t = delta.computeIfAbsent(k, x -> new long[3]);
        t[0] += records;
        t[1] += participants;
        t[2] += quantity;
    }

    /** An empty list names nothing: the report skips it, so it is not counted. */
    private void addValue(String[] buckets, String unit, String column, String value, long records) {
        if (value == null || value.isEmpty()) {
            return;
        }
        listDelta.computeIfAbsent(new ListKey(HALF, buckets[0], unit, column, value), x -> new long[1])[0] += records;
        listDelta.computeIfAbsent(new ListKey(YEAR, buckets[1], unit, column, value), x -> new long[1])[0] += records;
    }

    /** {its half-month, its report year}. */
    private String[] buckets(String day) {
        return buckets.computeIfAbsent(day, d -> new String[] {half(d), year(d)});
    }

    /** The half-month a day (ISO text) falls in, as its first day: the 1st or the 15th. */
    static String half(String day) {
        return day.substring(0, 8) + (day.compareTo(day.substring(0, 8) + "15") < 0 ? "01" : "15");
    }

    /** The report year (15/12 to 14/12) a day (ISO text) falls in, as its first day. */
    static String year(String day) {
        LocalDate d = LocalDate.parse(day);
        LocalDate start = YEAR_START.atYear(d.getYear());
        return (d.isBefore(start) ? start.minusYears(1) : start).toString();
    }

    /** Adds {@code other}'s pending changes to these and empties it (a batch's parts, written together). */
    void addAll(DayTotals other) {
        other.delta.forEach((k, t) -> add(k, t[0], t[1], t[2]));
        other.listDelta.forEach((k, n) -> listDelta.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
        other.delta.clear();
        other.listDelta.clear();
    }

    /** How many keys have changes waiting to be written. */
    int pending() {
        return delta.size() + listDelta.size();
    }

    /** Writes the net change to every grain: one upsert per key whose figures moved, in key order. */
    void apply(Connection c) throws SQLException {
        // Summed in hash maps, each sorted once when written (a tree map compared keys on every row: about a tenth
        // of a merge's Java time under C1). The pending changes are keyed by half-month already: they are the
        // half-month totals' own.
        Map<Key, long[]> years = new java.util.HashMap<>();
        Map<Key, long[]> halfUnits = new java.util.HashMap<>();
        delta.forEach((k, t) -> {
            String[] b = buckets(k.day());
            long[] u = halfUnits.computeIfAbsent(new Key(b[0], k.unit(), ""), x -> new long[3]);
            u[0] += t[0];
            u[1] += t[1];
            u[2] += SESSION_TYPES.contains(k.type()) ? t[0] : 0;
            long[] y = years.computeIfAbsent(new Key(b[1], k.unit(), k.type()), x -> new long[3]);
            for (int i = 0; i < 3; i++) {
                y[i] += t[i];
            }
        });
        // On PostgreSQL a roll-up store's parts mostly bring units and half-months the totals do not hold yet (a
        // commune's first part): their rows are copied in, which costs the server about half an upsert (ADR 0205).
        Held held = parts && bulk == PgCopyInsert.INSTANCE ? Held.read(c, halfUnits.keySet(), years.keySet())
                : Held.ALL;
        apply(c, HALVES, delta, held.halves);
        apply(c, YEARS, years, held.years);
        BulkInsert.Binder<Map.Entry<Key, long[]>> halfUnit = (ps, e) -> {
            ps.setString(1, e.getKey().day());
            ps.setString(2, e.getKey().unit());
            ps.setLong(3, e.getValue()[0]);
            ps.setLong(4, e.getValue()[1]);
            ps.setLong(5, e.getValue()[2]);
        };
        write(c, HALF_UNITS, HALF_UNIT_COLUMNS, new BulkInsert.Upsert(HALF_UNIT_COLUMNS.subList(0, 2),
                "records = " + HALF_UNITS + ".records + excluded.records, participants = " + HALF_UNITS
                        + ".participants + excluded.participants, sessions = " + HALF_UNITS
                        + ".sessions + excluded.sessions"), moved(halfUnits), e -> held.halves.test(e.getKey().day(), e.getKey().unit()), halfUnit);
        List<Map.Entry<ListKey, long[]>> values = listDelta.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0).sorted(Map.Entry.comparingByKey()).toList();
        write(c, LISTS, LIST_TABLE_COLUMNS, new BulkInsert.Upsert(LIST_TABLE_COLUMNS.subList(0, 5),
                "records = " + LISTS + ".records + excluded.records"), values, e -> {
                    ListKey k = e.getKey();
                    return (k.grain().equals(HALF) ? held.halves : held.years).test(k.day(), k.unit());
                }, (ps, e) -> {
                    ListKey k = e.getKey();
                    ps.setString(1, k.grain());
                    ps.setString(2, k.day());
                    ps.setString(3, k.unit());
                    ps.setString(4, k.column());
                    ps.setString(5, k.value());
                    ps.setLong(6, e.getValue()[0]);
                });
        delta.clear();
        listDelta.clear();
    }

    /**
     * Rows of keys whose unit and bucket the totals may hold ({@code held}) by upsert, the others by a plain insert:
     * every total of a unit and bucket is written with its unit's total of that bucket (a half-month's in
     * {@link #HALF_UNITS}, a report year's in {@link #YEARS}), so where that is missing no row of it is there.
     */
    private <T> void write(Connection c, String table, List<String> columns, BulkInsert.Upsert upsert, List<T> rows,
                           java.util.function.Predicate<T> held, BulkInsert.Binder<T> binder) throws SQLException {
        List<T> fresh = new ArrayList<>();
        List<T> known = new ArrayList<>();
        for (T row : rows) {
            (held.test(row) ? known : fresh).add(row);
        }
        if (!fresh.isEmpty()) {
            bulk.write(c, table, columns, (BulkInsert.Upsert) null, fresh, binder);
        }
        bulk.write(c, table, columns, upsert, known, binder);
    }

    /** Which units' half-months and report years the totals hold: all of them, or those read for a write. */
    private record Held(java.util.function.BiPredicate<String, String> halves,
                        java.util.function.BiPredicate<String, String> years) {
        static final Held ALL = new Held((day, unit) -> true, (day, unit) -> true);

        /** Of the keys' (bucket, unit) pairs, those the totals hold. */
        static Held read(Connection c, java.util.Set<Key> halfUnits, java.util.Set<Key> yearKeys) throws SQLException {
            java.util.Set<List<String>> halves = pairs(c, HALF_UNITS, halfUnits);
            java.util.Set<List<String>> years = pairs(c, YEARS, yearKeys);
            return new Held((day, unit) -> halves.contains(List.of(day, unit)),
                    (day, unit) -> years.contains(List.of(day, unit)));
        }

        private static java.util.Set<List<String>> pairs(Connection c, String table, java.util.Set<Key> keys)
                throws SQLException {
            java.util.Set<List<String>> asked = new java.util.HashSet<>();
            keys.forEach(k -> asked.add(List.of(k.day(), k.unit())));
            java.util.Set<List<String>> found = new java.util.HashSet<>();
            if (asked.isEmpty()) {
                return found;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT t.day, t.unit_code FROM " + table
                    + " t JOIN unnest(?::text[], ?::text[]) AS k(day, unit_code) ON t.day = k.day"
                    + " AND t.unit_code = k.unit_code")) {
                ps.setArray(1, c.createArrayOf("text", asked.stream().map(p -> p.get(0)).toArray()));
                ps.setArray(2, c.createArrayOf("text", asked.stream().map(p -> p.get(1)).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(List.of(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return found;
        }
    }

    /**
     * The keys whose figures moved, in key order (writes in B-tree order; on PostgreSQL every writer locks rows in
     * the same order): a correction that left its day, unit and type as they were moves nothing.
     */
    private static List<Map.Entry<Key, long[]>> moved(Map<Key, long[]> delta) {
        return delta.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0 || e.getValue()[2] != 0)
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    private void apply(Connection c, String table, Map<Key, long[]> delta,
                       java.util.function.BiPredicate<String, String> held) throws SQLException {
        List<Map.Entry<Key, long[]>> moved = moved(delta);
        BulkInsert.Upsert adding = new BulkInsert.Upsert(COLUMNS.subList(0, 3), "records = " + table
                + ".records + excluded.records, participants = " + table + ".participants + excluded.participants,"
                + " quantity = " + table + ".quantity + excluded.quantity");
        write(c, table, COLUMNS, adding, moved, e -> held.test(e.getKey().day(), e.getKey().unit()), (ps, e) -> {
            ps.setString(1, e.getKey().day());
            ps.setString(2, e.getKey().unit());
            ps.setString(3, e.getKey().type());
            ps.setLong(4, e.getValue()[0]);
            ps.setLong(5, e.getValue()[1]);
            ps.setLong(6, e.getValue()[2]);
        });
    }

    /** The buckets a period is made of, coarsest first where they fit (ADR 0170). */
    private record Span(String table, LocalDate from, LocalDate until) {
    }

    /**
     * A period cut into whole report years, whole half-months and single days (at most 14 at either end):
     * exactly its days, each in one bucket. Without {@code years} no bucket is longer than a half-month, so
     * every bucket lies inside one calendar month.
     */
    private static List<Span> spans(ReportPeriod p, boolean years) {
        List<Span> spans = new ArrayList<>();
        LocalDate d = p.from();
        LocalDate end = p.to().plusDays(1);
        while (d.isBefore(end)) {
            LocalDate next;
            String table;
            if (years && MonthDay.from(d).equals(YEAR_START) && !d.plusYears(1).isAfter(end)) {
                table = YEARS;
                next = d.plusYears(1);
            } else if ((d.getDayOfMonth() == 1 || d.getDayOfMonth() == 15) && !halfAfter(d).isAfter(end)) {
                table = HALVES;
                next = halfAfter(d);
            } else {
                table = DAYS;
                next = d.plusDays(1);
            }
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.table().equals(table)) {
                spans.set(spans.size() - 1, new Span(table, last.from(), next));
            } else {
                spans.add(new Span(table, d, next));
            }
            d = next;
        }
        if (spans.isEmpty()) { // no day at all: one empty range keeps the SQL whole
            spans.add(new Span(DAYS, p.from(), p.from()));
        }
        return spans;
    }

    /** The first day after the half-month starting on {@code d} (the 1st or the 15th). */
    private static LocalDate halfAfter(LocalDate d) {
        return d.getDayOfMonth() == 1 ? d.withDayOfMonth(15) : d.withDayOfMonth(1).plusMonths(1);
    }

    /**
     * The activity totals of a period as a subquery of (day, unit_code, type_code, records, participants, quantity),
     * each bucket dated its first day (ADR 0105, 0170); single days summed from the live activities on the date index
     * (ADR 0211) and from a roll-up store's parts' chunks (ADR 0204). Its dates come from {@link LocalDate}s (digits
     * and dashes only), so they are written into the SQL.
     */
    static String of(ReportPeriod p, Dialect dialect) {
        String columns = "SELECT day, unit_code, type_code, records, participants, quantity FROM ";
        List<String> parts = new ArrayList<>();
        for (Span s : spans(p, true)) {
            if (s.table().equals(DAYS)) {
                // a row per activity: every reader sums the subquery's rows (no sort here for a grouping)
                parts.add("SELECT start_date AS day, unit_code, type_code, 1 AS records, participants, quantity"
                        + " FROM activity" + liveOn(s));
                parts.add(RollupParts.recordsOnDays(dialect, s.from(), s.until()));
            } else {
                parts.add(columns + s.table() + " WHERE day >= '" + s.from() + "' AND day < '" + s.until() + "'");
            }
        }
        return "(" + String.join(" UNION ALL ", parts) + ")";
    }

    /** The live activities of a span's days: the partial date index's range (V7). */
    private static String liveOn(Span s) {
        return " WHERE deleted = 0 AND start_date >= '" + s.from() + "' AND start_date < '" + s.until() + "'";
    }

    /**
     * The activity totals of a period over all types, as a subquery of (day, unit_code, records, participants,
     * sessions) whose rows each lie inside one calendar month: half-months from {@link #HALF_UNITS}, the days
     * at either end of a custom range from the activities (ADR 0211) and a roll-up store's chunks.
     */
    static String byMonth(ReportPeriod p, Dialect dialect) {
        String sessions = "('" + String.join("', '", SESSION_TYPES) + "')";
        String dayColumns = "SELECT day, unit_code, records, participants, CASE WHEN type_code IN " + sessions
                + " THEN records ELSE 0 END AS sessions FROM ";
        String range = " WHERE day >= '%s' AND day < '%s'";
        List<String> parts = new ArrayList<>();
        for (Span s : spans(p, false)) {
            if (s.table().equals(DAYS)) {
                parts.add("SELECT start_date AS day, unit_code, 1 AS records, participants, CASE WHEN type_code IN "
                        + sessions + " THEN 1 ELSE 0 END AS sessions FROM activity" + liveOn(s));
                // a roll-up store's parts, from their chunks (ADR 0204)
                parts.add(dayColumns + "(" + RollupParts.recordsOnDays(dialect, s.from(), s.until()) + ") d");
            } else {
                parts.add("SELECT day, unit_code, records, participants, sessions FROM " + HALF_UNITS
                        + String.format(range, s.from(), s.until()));
            }
        }
        return "(" + String.join(" UNION ALL ", parts) + ")";
    }

    /**
     * The values of a list column over a period, as a subquery of (day, unit_code, list_value, records): whole
     * report years and half-months from the list totals, the days at either end of a period that cuts a
     * half-month from the live activities themselves (one record each), a roll-up store's parts among them.
     */
    static String listValues(ReportPeriod p, String column, Dialect dialect) {
        if (!LIST_COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        List<String> parts = new ArrayList<>();
        for (Span s : spans(p, true)) {
            if (s.table().equals(DAYS)) {
                parts.add("SELECT start_date AS day, unit_code, " + column + " AS list_value, 1 AS records"
                        + " FROM activity WHERE deleted = 0 AND start_date >= '" + s.from()
                        + "' AND start_date < '" + s.until() + "' AND coalesce(" + column + ", '') <> ''");
                // a roll-up store's parts count as its own rows (ADR 0203)
                parts.add(RollupParts.listValuesOnDays(dialect, column, s.from(), s.until()));
            } else {
                parts.add("SELECT day, unit_code, list_value, records FROM " + LISTS + " WHERE grain = '"
                        + (s.table().equals(YEARS) ? YEAR : HALF) + "' AND list_column = '" + column
                        + "' AND day >= '" + s.from() + "' AND day < '" + s.until() + "'");
            }
        }
        return "(" + String.join(" UNION ALL ", parts) + ")";
    }
}
