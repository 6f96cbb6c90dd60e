package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.ActivityType;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;

/**
 * The report's headline figures for a period and optionally a unit (with every unit below it).
 * Activity figures come from the report-year and half-month totals the activity repository keeps, and a custom
 * period's end days from the activities: one small GROUP BY instead of a scan of every activity
 * (docs/decisions/0004-aggregates.md, 0105, 0170, 0211).
 */
public final class SummaryQuery {
    private final Database db;
    private final AdminUnitRepository units;
    private final SettingsRepository settings;

    public SummaryQuery(Database db) {
        this.db = db;
        this.units = new AdminUnitRepository(db);
        this.settings = new SettingsRepository(db);
    }

    public Summary summary(ReportPeriod period, Optional<String> unitCode) {
        List<String> unitCodes = unitCodes(unitCode);
        String home = settings.agency().homeProvinceCode();
        return db.read(c -> {
            Map<String, long[]> byType = activityTotals(c, period, unitCodes);
            long[] cases = caseFigures(c, period, unitCodes, home);
            long[] support = supportFigures(c, period, unitCodes);
            long visits = metric(c, period, unitCodes, OutreachMetric.WEBSITE_VISITS);
            return new Summary(period.from(), period.to(),
                    records(byType, ActivityType.TRAINING), participants(byType, ActivityType.TRAINING),
                    records(byType, ActivityType.OUTREACH_SESSION), participants(byType, ActivityType.OUTREACH_SESSION),
                    quantity(byType, ActivityType.LEAFLET), quantity(byType, ActivityType.BANNER),
                    quantity(byType, ActivityType.NEWS_ARTICLE), quantity(byType, ActivityType.LEGAL_DOCUMENT),
                    quantity(byType, ActivityType.WEBSITE_NEWS), visits,
                    records(byType, ActivityType.CONFERENCE), records(byType, ActivityType.BROADCAST),
                    cases[0], cases[1], cases[4], cases[2], cases[1] - cases[2], cases[3], support[0], support[1]);
        });
    }

    private List<String> unitCodes(Optional<String> unitCode) {
        List<String> unitCodes = unitCode.map(units::codesWithin).orElse(List.of());
        if (unitCode.isPresent() && unitCodes.isEmpty()) {
            throw new StoreException(vn.atr.domain.Messages.get("store.unknownUnit", unitCode.get()));
        }
        return unitCodes;
    }

    /**
     * Catalogue code -> {activities, participants, quantity} for the period: activity types from the daily
     * totals, metrics as their summed value (quantity) in the period that counts them ({@link MetricCounting}).
     */
    public Map<String, long[]> indicatorTotals(ReportPeriod period, Optional<String> unitCode) {
        List<String> unitCodes = unitCodes(unitCode);
        return db.read(c -> {
            Map<String, long[]> totals = activityTotals(c, period, unitCodes);
            String sql = "SELECT metric_type, sum(value) FROM outreach_metric WHERE deleted = 0"
                    + MetricCounting.condition(db.dialect(), period) + unitFilter("unit_code", unitCodes)
                    + " GROUP BY metric_type";
            try (PreparedStatement ps = prepare(c, sql, period, unitCodes); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.put(rs.getString(1), new long[] {0, 0, rs.getLong(2)});
                }
            }
            return totals;
        });
    }

    /** type code -> {records, participants, quantity}. */
    private Map<String, long[]> activityTotals(Connection c, ReportPeriod p, List<String> unitCodes)
            throws SQLException {
        String sql = "SELECT type_code, sum(records), sum(participants), sum(quantity) FROM "
                + DayTotals.of(p, db.dialect()) + " t WHERE day BETWEEN ? AND ?" + unitFilter("unit_code", unitCodes)
                + " GROUP BY type_code";
        Map<String, long[]> totals = new HashMap<>();
        try (PreparedStatement ps = prepare(c, sql, p, unitCodes); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                totals.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        return totals;
    }

    /** The stored names of {@link vn.atr.domain.LegalStatus#NOT_YET_VICTIMS}, quoted for SQL (constants, not input). */
    private static final String NOT_YET_VICTIMS = vn.atr.domain.LegalStatus.NOT_YET_VICTIMS.stream()
            .map(s -> "'" + s.name() + "'").sorted().collect(java.util.stream.Collectors.joining(", "));

    /** {cases, victims, local victims, returned victims, of the victims those not (yet) found to be victims}. */
    private static long[] caseFigures(Connection c, ReportPeriod p, List<String> unitCodes, String homeProvince)
            throws SQLException {
        long cases;
        String caseSql = "SELECT count(*) FROM trafficking_case WHERE deleted = 0 AND detection_date BETWEEN ? AND ?"
                + unitFilter("unit_code", unitCodes);
        try (PreparedStatement ps = prepare(c, caseSql, p, unitCodes); ResultSet rs = ps.executeQuery()) {
            cases = rs.next() ? rs.getLong(1) : 0;
        }
        String victimSql = "SELECT count(*), coalesce(sum(CASE WHEN v.residence_province_code = ? THEN 1 ELSE 0 END), 0),"
                // returned by the period's end: a return after it is the next period's news
                + " coalesce(sum(CASE WHEN v.returned_date IS NOT NULL AND v.returned_date <= ? THEN 1 ELSE 0 END), 0),"
                + " coalesce(sum(CASE WHEN v.legal_status IN (" + NOT_YET_VICTIMS + ") THEN 1 ELSE 0 END), 0)"
                + " FROM victim v JOIN trafficking_case t ON t.id = v.case_id"
                + " WHERE v.deleted = 0 AND t.deleted = 0 AND t.detection_date BETWEEN ? AND ?"
                + unitFilter("t.unit_code", unitCodes);
        try (PreparedStatement ps = c.prepareStatement(victimSql)) {
            ps.setString(1, homeProvince);
            ps.setString(2, p.to().toString());
            bind(ps, 3, p, unitCodes);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {cases, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
    }

    private static long[] supportFigures(Connection c, ReportPeriod p, List<String> unitCodes) throws SQLException {
        String sql = "SELECT count(*), coalesce(sum(amount_vnd), 0) FROM support_service"
                + " WHERE deleted = 0 AND service_date BETWEEN ? AND ?" + unitFilter("unit_code", unitCodes);
        try (PreparedStatement ps = prepare(c, sql, p, unitCodes); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** A counted figure belongs to the period that holds most of its days ({@link MetricCounting}). */
    private long metric(Connection c, ReportPeriod p, List<String> unitCodes, String type) throws SQLException {
        String sql = "SELECT coalesce(sum(value), 0) FROM outreach_metric WHERE deleted = 0 AND metric_type = ?"
                + MetricCounting.condition(db.dialect(), p) + unitFilter("unit_code", unitCodes);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, type);
            bind(ps, 2, p, unitCodes);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String unitFilter(String column, List<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return "";
        }
        return " AND " + column + " IN (" + String.join(", ", Collections.nCopies(unitCodes.size(), "?")) + ")";
    }

    static PreparedStatement prepare(Connection c, String sql, ReportPeriod p, List<String> unitCodes)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, 1, p, unitCodes);
        return ps;
    }

    static int bind(PreparedStatement ps, int first, ReportPeriod p, List<String> unitCodes) throws SQLException {
        List<String> values = new ArrayList<>();
        values.add(p.from().toString());
        values.add(p.to().toString());
        values.addAll(unitCodes);
        for (int i = 0; i < values.size(); i++) {
            ps.setString(first + i, values.get(i));
        }
        return first + values.size();
    }

    private static long records(Map<String, long[]> t, String type) {
        return t.getOrDefault(type, new long[3])[0];
    }

    private static long participants(Map<String, long[]> t, String type) {
        return t.getOrDefault(type, new long[3])[1];
    }

    private static long quantity(Map<String, long[]> t, String type) {
        return t.getOrDefault(type, new long[3])[2];
    }
}
