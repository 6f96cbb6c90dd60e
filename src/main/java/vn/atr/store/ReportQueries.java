package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.Measure;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Tally;

/**
 * The breakdowns of the annual report, each one SQL aggregate for a period and optionally a unit
 * (with every unit below it). Activities read the report-year and half-month totals, a custom period's end days
 * the activities ({@link DayTotals#of}),
 * the values of their list columns the list totals ({@link DayTotals#listValues});
 * victims count with the period in which their case was detected, support with its service date
 * (the same rules as {@link SummaryQuery}). Labels of enum keys are left to the caller.
 */
public final class ReportQueries {
    private static final String CASES = " FROM trafficking_case t WHERE t.deleted = 0"
            + " AND t.detection_date BETWEEN ? AND ?";
    private static final String VICTIMS = " FROM victim v JOIN trafficking_case t ON t.id = v.case_id"
            + " WHERE v.deleted = 0 AND t.deleted = 0 AND t.detection_date BETWEEN ? AND ?";

    private final Database db;
    private final AdminUnitRepository units;

    public ReportQueries(Database db) {
        this.db = db;
        this.units = new AdminUnitRepository(db);
    }

    /** The unit and every unit below it; empty for the whole store. Refuses an unknown code. */
    public List<String> scope(Optional<String> unitCode) {
        List<String> codes = unitCode.map(units::codesWithin).orElse(List.of());
        if (unitCode.isPresent() && codes.isEmpty()) {
            throw new StoreException(Messages.get("store.unknownUnit", unitCode.get()));
        }
        return codes;
    }

    /**
     * The latest date any live activity, case, support service or metric period starts on, if there is one; for a
     * roll-up store's parts, the first day of their latest half-month (ADR 0204): the same report year.
     */
    public Optional<java.time.LocalDate> latestRecordDate() {
        return latestRecordDate(java.time.LocalDate.MAX);
    }

    /** {@link #latestRecordDate()} among the dates on or before {@code notAfter}. */
    public Optional<java.time.LocalDate> latestRecordDate(java.time.LocalDate notAfter) {
        String sql = "SELECT max(d) FROM (SELECT max(start_date) d FROM activity WHERE deleted = 0 AND start_date <= ?"
                // a roll-up store's parts (ADR 0203) by their half-month's first day (ADR 0204): in the same report year
                // as their days, which is what the question is for
                + " UNION ALL SELECT max(day) FROM activity_half_total WHERE records > 0 AND day <= ?"
                + " UNION ALL SELECT max(detection_date) FROM trafficking_case WHERE deleted = 0 AND detection_date <= ?"
                + " UNION ALL SELECT max(service_date) FROM support_service WHERE deleted = 0 AND service_date <= ?"
                + " UNION ALL SELECT max(period_from) FROM outreach_metric WHERE deleted = 0 AND period_from <= ?) latest";
        String bound = notAfter.equals(java.time.LocalDate.MAX) ? "9999-12-31" : notAfter.toString();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 1; i <= 5; i++) {
                    ps.setString(i, bound);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    String d = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(d).map(java.time.LocalDate::parse);
                }
            }
        });
    }


    /**
     * Every active catalogue entry (and any inactive one with data), in the catalogue's order. A metric's value
     * counted in the period ({@link MetricCounting}, as {@link SummaryQuery}) is its quantity.
     */
    public List<ActivityTally> activitiesByType(ReportPeriod p, List<String> scope) {
        String sql = "SELECT a.code, a.name_vi, a.measure, coalesce(x.r, 0), coalesce(x.pa, 0), coalesce(x.q, 0)"
                + " FROM activity_type a LEFT JOIN (SELECT type_code, sum(records) r, sum(participants) pa,"
                + " sum(quantity) q FROM " + DayTotals.of(p, db.dialect()) + " t WHERE day BETWEEN ? AND ?"
                + SummaryQuery.unitFilter("unit_code", scope) + " GROUP BY type_code"
                + " UNION ALL SELECT metric_type, 0, 0, sum(value) FROM outreach_metric WHERE deleted = 0"
                + MetricCounting.condition(db.dialect(), p) + SummaryQuery.unitFilter("unit_code", scope)
                + " GROUP BY metric_type) x ON x.type_code = a.code"
                + " WHERE a.active = 1 OR x.r > 0 OR x.q > 0 ORDER BY a.sort, a.code";
        return db.read(c -> read(c, sql, p, scope, true, 2));
    }

    /**
     * The reporting months with activity (Decree 09/2019: month M runs from the 15th of M-1 to the 14th of M), as
     * "MM/yyyy" labels in order, so that a year has twelve rows and each matches that month's own report. The
     * totals are read per day (half-months and the days at a period's ends) and folded here: the month a day
     * belongs to is the same on both engines without date arithmetic in SQL.
     */
    public List<ActivityTally> activitiesByMonth(ReportPeriod p, List<String> scope) {
        String sql = "SELECT day, day, NULL, sum(records), sum(participants), 0, sum(sessions) FROM "
                + DayTotals.byMonth(p, db.dialect()) + " t WHERE day BETWEEN ? AND ?"
                + SummaryQuery.unitFilter("unit_code", scope)
                + " GROUP BY day ORDER BY day";
        java.util.Map<java.time.YearMonth, long[]> months = new java.util.TreeMap<>();
        for (ActivityTally d : activities(sql, p, scope, false)) {
            java.time.LocalDate day = java.time.LocalDate.parse(d.key());
            java.time.YearMonth month = ReportPeriod.reportMonthOf(day);
            long[] sum = months.computeIfAbsent(month, m -> new long[3]);
            sum[0] += d.records();
            sum[1] += d.participants();
            sum[2] += d.sessions();
        }
        List<ActivityTally> rows = new ArrayList<>();
        months.forEach((m, sum) -> {
            if (sum[0] > 0) {
                rows.add(new ActivityTally(m.toString(), monthLabel(m, p), Measure.SESSIONS, sum[0], sum[1], 0, sum[2]));
            }
        });
        return rows;
    }

    /**
     * Every reporting month of the period, those without activity at 0, once some month has any (a period without
     * data keeps its "no data" line rather than a table of zeros): a 6-month table lists six months, and a month in
     * which nothing was done reads as such, not as a month not sent.
     */
    public static List<ActivityTally> everyMonth(List<ActivityTally> found, ReportPeriod p) {
        if (found.isEmpty()) {
            return found;
        }
        java.util.Map<String, ActivityTally> byKey = new java.util.HashMap<>();
        found.forEach(t -> byKey.put(t.key(), t));
        List<ActivityTally> rows = new ArrayList<>();
        for (java.time.YearMonth m : p.reportMonths()) {
            ActivityTally t = byKey.get(m.toString());
            rows.add(t != null ? t : new ActivityTally(m.toString(), monthLabel(m, p), Measure.SESSIONS, 0, 0, 0, 0));
        }
        return rows;
    }

    /**
     * "03/2023", or with the days the period holds of it when it holds only part ("02/2025 (01/02-14/02)"): a
     * range of dates starts and ends inside reporting months, whose rows would otherwise read as whole months.
     */
    static String monthLabel(java.time.YearMonth m, ReportPeriod p) {
        String label = String.format("%02d/%d", m.getMonthValue(), m.getYear());
        java.time.LocalDate first = m.minusMonths(1).atDay(ReportPeriod.CUT_OFF_DAY + 1);
        java.time.LocalDate last = m.atDay(ReportPeriod.CUT_OFF_DAY);
        if (!p.from().isAfter(first) && !p.to().isBefore(last)) {
            return label;
        }
        java.time.format.DateTimeFormatter dayMonth = java.time.format.DateTimeFormatter.ofPattern("dd/MM");
        java.time.LocalDate from = p.from().isAfter(first) ? p.from() : first;
        java.time.LocalDate to = p.to().isBefore(last) ? p.to() : last;
        return label + " (" + from.format(dayMonth) + "-" + to.format(dayMonth) + ")";
    }

    /** Units with activity and their names; quantity holds the outreach sessions, sessions the trainings. */
    public List<ActivityTally> activitiesByUnit(ReportPeriod p, List<String> scope) {
        String sql = "SELECT d.unit_code, coalesce(u.name, d.unit_code), NULL, sum(d.records), sum(d.participants),"
                + " sum(CASE WHEN d.type_code = 'OUTREACH_SESSION' THEN d.records ELSE 0 END),"
                + " sum(CASE WHEN d.type_code = 'TRAINING' THEN d.records ELSE 0 END)"
                + " FROM " + DayTotals.of(p, db.dialect()) + " d LEFT JOIN admin_unit u ON u.code = d.unit_code"
                + " WHERE d.day BETWEEN ? AND ?" + SummaryQuery.unitFilter("d.unit_code", scope)
                + " GROUP BY d.unit_code, u.name HAVING sum(d.records) > 0 ORDER BY d.unit_code";
        return activities(sql, p, scope, false);
    }

    /** Cases by their investigation and prosecution status (INVESTIGATING, PROSECUTED...). */
    public List<Tally> casesByStatus(ReportPeriod p, List<String> scope) {
        return tallies("SELECT t.status, count(*), 0" + CASES + filter("t", scope) + " GROUP BY 1 ORDER BY 1", p, scope);
    }

    /**
     * What the period's activities name in a list column ({@code partner_orgs}: organisation codes, {@code topics}:
     * Topic names), each value with the number of activities naming it, most named first.
     */
    public List<Tally> activityListValues(ActivityList column, ReportPeriod p, List<String> scope) {
        String sql = "SELECT list_value, sum(records), 0 FROM " + DayTotals.listValues(p, column.column, db.dialect())
                + " x WHERE day BETWEEN ? AND ?" + SummaryQuery.unitFilter("unit_code", scope)
                + " GROUP BY list_value HAVING sum(records) > 0";
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Tally row : tallies(sql, p, scope)) {
            for (String value : row.key().split(column.separator)) {
                if (!value.isBlank()) {
                    counts.merge(value.strip(), row.count(), Long::sum);
                }
            }
        }
        List<Tally> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Tally(k, k, n, 0)));
        List<Tally> sorted = column.freeText ? Tally.mergedAsRead(out) : out;
        return sorted.stream().sorted(java.util.Comparator.comparingLong(Tally::count).reversed()
                .thenComparing(Tally::key)).toList();
    }

    /** The list columns of an activity the report's sentences quote. */
    public enum ActivityList {
        PARTNERS("partner_orgs", ";", false), TOPICS("topics", ";", false), TARGET_GROUPS("target_group", ";", true);

        private final String column;
        private final String separator;
        private final boolean freeText;

        ActivityList(String column, String separator, boolean freeText) {
            this.column = column;
            this.separator = separator;
            this.freeText = freeText;
        }
    }

    public List<Tally> casesByAgency(ReportPeriod p, List<String> scope) {
        return tallies("SELECT t.detecting_agency, count(*), 0" + CASES + filter("t", scope)
                + " GROUP BY 1 ORDER BY 1", p, scope);
    }

    public List<Tally> casesByScope(ReportPeriod p, List<String> scope) {
        return tallies("SELECT t.scope, count(*), 0" + CASES + filter("t", scope) + " GROUP BY 1 ORDER BY 1",
                p, scope);
    }

    public List<Tally> casesByExploitation(ReportPeriod p, List<String> scope) {
        return byForm("t", CASES, p, scope);
    }

    /** Cases (count) and their victims (value) by the unit that recorded the case. */
    public List<Tally> casesByUnit(ReportPeriod p, List<String> scope) {
        // victims counted per case once, then summed per unit (a correlated subquery per unit was 30x slower)
        String sql = "SELECT t.unit_code, coalesce(u.name, t.unit_code), count(*), sum(coalesce(vc.n, 0))"
                + " FROM trafficking_case t LEFT JOIN admin_unit u ON u.code = t.unit_code"
                + " LEFT JOIN (SELECT case_id, count(*) n FROM victim WHERE deleted = 0 GROUP BY case_id) vc"
                + " ON vc.case_id = t.id WHERE t.deleted = 0"
                + " AND t.detection_date BETWEEN ? AND ?" + filter("t", scope) + " GROUP BY t.unit_code, u.name"
                + " ORDER BY t.unit_code";
        return labelled(sql, p, scope);
    }

    public List<Tally> victimsBy(VictimField field, ReportPeriod p, List<String> scope) {
        List<Tally> rows = tallies("SELECT coalesce(v." + field.column + ", ''), count(*), 0" + VICTIMS
                + filter("t", scope) + " GROUP BY 1 ORDER BY 2 DESC, 1", p, scope);
        if (field == VictimField.DESTINATION) { // victims trafficked within Vietnam have none
            rows = rows.stream().filter(r -> !r.key().isBlank()).toList();
        }
        // Free text (ethnicity, country) typed composed or decomposed, in another case or with spaces is one row.
        return field.freeText ? Tally.mergedAsRead(rows) : rows;
    }

    /**
     * Victims by the configured age bands (table age_band), labelled with the band's Vietnamese name, in the
     * bands' order. A victim counts in the band chosen for it while that band is current and holds the age (for a
     * birth year, the age reached in the case's detection year or one less); else, with a birth year, in the active
     * band that holds the age reached in the detection year (bands the Department split later); else under the
     * band code stored with it, such as the earlier "under 16" band: its own row, not a guess.
     */
    public List<Tally> victimsByAgeBand(ReportPeriod p, List<String> scope) {
        // the age in the detection year: the victim is that old or a year younger (the birthday is not known)
        String age = "(CAST(substr(t.detection_date, 1, 4) AS INTEGER) - v.birth_year)";
        // the band the officer chose, while it is current and holds one of the two possible ages (17 of a birth
        // year 2008 in 2026 chose "16 to under 18": the year's difference alone said 18, an adult, ADR 0198)
        String chosen = " LEFT JOIN age_band sb ON sb.code = v.age_band AND sb.retired_on IS NULL"
                + " AND sb.min_age IS NOT NULL AND (v.birth_year IS NULL OR (" + age + " - 1 <= coalesce(sb.max_age,"
                + " 1000) AND " + age + " >= sb.min_age))";
        String inBand = chosen + " LEFT JOIN age_band b ON v.birth_year IS NOT NULL AND b.retired_on IS NULL"
                + " AND b.min_age IS NOT NULL AND " + age + " BETWEEN b.min_age AND coalesce(b.max_age, 1000) WHERE ";
        String sql = "SELECT x.k, coalesce(l.label_vi, x.k), x.n, 0 FROM (SELECT coalesce(sb.code, b.code, v.age_band,"
                + " '') k,"
                + " count(*) n" + VICTIMS.replace(" WHERE ", inBand) + filter("t", scope) + " GROUP BY 1) x"
                + " LEFT JOIN age_band l ON l.code = x.k ORDER BY coalesce(l.sort, 100000), x.k";
        return labelled(sql, p, scope);
    }

    /** Victims by province of residence, with the province names. */
    public List<Tally> victimsByProvince(ReportPeriod p, List<String> scope) {
        String sql = "SELECT v.residence_province_code, coalesce(u.name, v.residence_province_code), count(*), 0"
                + " FROM victim v JOIN trafficking_case t ON t.id = v.case_id"
                + " LEFT JOIN admin_unit u ON u.code = v.residence_province_code"
                + " WHERE v.deleted = 0 AND t.deleted = 0 AND t.detection_date BETWEEN ? AND ?" + filter("t", scope)
                + " GROUP BY 1, u.name ORDER BY 3 DESC, 1";
        return labelled(sql, p, scope);
    }

    public List<Tally> victimsByExploitation(ReportPeriod p, List<String> scope) {
        return byForm("v", VICTIMS, p, scope);
    }

    /** Support by type: records (count) and amount in VND (value). */
    public List<Tally> supportByType(ReportPeriod p, List<String> scope) {
        return tallies("SELECT support_type, count(*), coalesce(sum(amount_vnd), 0) FROM support_service"
                + " WHERE deleted = 0 AND service_date BETWEEN ? AND ?" + SummaryQuery.unitFilter("unit_code", scope)
                + " GROUP BY 1 ORDER BY 1", p, scope);
    }

    /** The victim columns the report breaks down by (values are stored codes or free text). */
    public enum VictimField {
        SEX("sex", false), ETHNICITY("ethnicity", true), RETURN_PATH("return_path", false),
        LEGAL_STATUS("legal_status", false), DESTINATION("destination_country", true);

        private final String column;
        private final boolean freeText;

        VictimField(String column, boolean freeText) {
            this.column = column;
            this.freeText = freeText;
        }
    }

    /** Multi-valued forms ("A;B"): a record counts once under each of its forms. */
    private List<Tally> byForm(String alias, String from, ReportPeriod p, List<String> scope) {
        String forms = String.join(" UNION ALL ", Arrays.stream(ExploitationForm.values())
                .map(f -> "SELECT '" + f.name() + "' AS name").toList());
        String sql = "SELECT f.name, count(*), 0" + from.replace(" WHERE ", " JOIN (" + forms + ") f ON ';' || "
                + alias + ".exploitation_forms || ';' LIKE '%;' || f.name || ';%' WHERE ")
                + filter("t", scope) + " GROUP BY 1 ORDER BY 2 DESC, 1";
        return tallies(sql, p, scope);
    }

    private static String filter(String alias, List<String> scope) {
        return SummaryQuery.unitFilter(alias + ".unit_code", scope);
    }

    /** Rows of (key, count, value); the label is the key until the caller names it. */
    private List<Tally> tallies(String sql, ReportPeriod p, List<String> scope) {
        return db.read(c -> {
            List<Tally> rows = new ArrayList<>();
            try (PreparedStatement ps = SummaryQuery.prepare(c, sql, p, scope); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Tally(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return rows;
        });
    }

    /** Rows of (key, label, count, value). */
    private List<Tally> labelled(String sql, ReportPeriod p, List<String> scope) {
        return db.read(c -> {
            List<Tally> rows = new ArrayList<>();
            try (PreparedStatement ps = SummaryQuery.prepare(c, sql, p, scope); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Tally(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return rows;
        });
    }

    private List<ActivityTally> activities(String sql, ReportPeriod p, List<String> scope, boolean hasMeasure) {
        return db.read(c -> read(c, sql, p, scope, hasMeasure, 1));
    }

    /** {@code times}: how many times the statement filters by the period and the units, in turn. */
    private static List<ActivityTally> read(Connection c, String sql, ReportPeriod p, List<String> scope,
                                            boolean hasMeasure, int times) throws SQLException {
        List<ActivityTally> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0, next = 1; i < times; i++) {
                next = SummaryQuery.bind(ps, next, p, scope);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Measure measure = hasMeasure ? Measure.valueOf(rs.getString(3)) : Measure.SESSIONS;
                    long sessions = hasMeasure ? 0 : rs.getLong(7);
                    rows.add(new ActivityTally(rs.getString(1), rs.getString(2), measure, rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), sessions));
                }
            }
        }
        return rows;
    }
}
