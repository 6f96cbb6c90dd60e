package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.ActivityCount;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.Messages;

/**
 * The activity list filtered, sorted and paged in SQL, so that a list of 100,000 activities opens by
 * reading a count and one page (docs/decisions/0022-paged-activity-list.md). A page first picks the
 * ids of its rows (on the partial index of V7 for the default order), then joins unit and type names
 * for those rows only. The count reads the activity totals' whole report years and half-months and the
 * activities of the days at either end (ADR 0211), unless a search text is given or the store is a roll-up store
 * (its totals count the senders' parts, which the list does not show): then it counts the rows.
 */
public final class ActivityListQuery {
    private static final String UNIT_NAME = "coalesce(u.name, a.unit_code)";
    private static final String TYPE_NAME = "coalesce(t.name_vi, a.type_code)";
    private static final String JOINS = " LEFT JOIN admin_unit u ON u.code = a.unit_code"
            + " LEFT JOIN activity_type t ON t.code = a.type_code";

    private final Database db;
    private final AdminUnitRepository units;

    public ActivityListQuery(Database db) {
        this.db = db;
        this.units = new AdminUnitRepository(db);
    }

    /** The first {@code f.limit()} rows, newest first. */
    public List<ActivityRow> list(ActivityFilter f) {
        return page(f, ActivitySort.DEFAULT, 0, Math.max(1, f.limit()));
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the filtered list in the given order. */
    public List<ActivityRow> page(ActivityFilter f, ActivitySort sort, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        // A numeric order sorts the period's rows found on the date index (V8 dropped those columns'
        // own indexes: each cost every merged record a B-tree insert, ADR 0033).
        String where = where(f, "a", "a.start_date", params);
        String order = orderBy(sort);
        boolean needsNames = sort.column() == ActivitySort.Column.UNIT || sort.column() == ActivitySort.Column.TYPE;
        String sql = "SELECT a.id, a.start_date, a.unit_code, " + UNIT_NAME + ", a.type_code, " + TYPE_NAME
                + ", t.name_en, a.title, a.participants, a.quantity FROM (SELECT a.id FROM activity a"
                + (needsNames ? JOINS : "") + where + order + " LIMIT ? OFFSET ?) p"
                + " JOIN activity a ON a.id = p.id" + JOINS + order;
        params.add(Math.max(1, limit));
        params.add(Math.max(0, offset));
        boolean english = "en".equals(Messages.locale().getLanguage());
        return db.read(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<ActivityRow> rows = new ArrayList<>();
                while (rs.next()) {
                    String typeName = english && rs.getString(7) != null ? rs.getString(7) : rs.getString(6);
                    rows.add(new ActivityRow(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), typeName, rs.getString(8), rs.getInt(9),
                            rs.getLong(10)));
                }
                return rows;
            }
        });
    }

    /** Rows and participants of the filtered list. */
    public ActivityCount count(ActivityFilter f) {
        if (f.to().isBefore(f.from())) {
            return new ActivityCount(0, 0); // dates typed the wrong way round: no day, no row
        }
        List<Object> params = new ArrayList<>();
        boolean rows = !searched(f).isEmpty() || new RollupParts(db).enabled();
        String sql = rows
                ? "SELECT count(*), coalesce(sum(a.participants), 0) FROM activity a" + where(f, "a", "a.start_date", params)
                : "SELECT coalesce(sum(d.records), 0), coalesce(sum(d.participants), 0) FROM "
                        + DayTotals.of(new vn.atr.domain.ReportPeriod(f.from(), f.to()), db.dialect()) + " d"
                        + where(f, "d", "d.day", params);
        return db.read(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ActivityCount(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    private String where(ActivityFilter f, String alias, String dateColumn, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE ").append(dateColumn).append(" BETWEEN ? AND ?");
        if ("a".equals(alias)) {
            sql.append(" AND a.deleted = 0");
        }
        params.add(f.from().toString());
        params.add(f.to().toString());
        if (f.typeCode() != null) {
            sql.append(" AND ").append(alias).append(".type_code = ?");
            params.add(f.typeCode());
        }
        if (f.unitCode() != null) {
            List<String> codes = units.codesWithin(f.unitCode());
            sql.append(" AND ").append(alias).append(".unit_code IN (")
                    .append("?,".repeat(Math.max(codes.size(), 1) - 1)).append("?)");
            params.addAll(codes.isEmpty() ? List.of(f.unitCode()) : codes);
        }
        String searched = searched(f);
        if (!searched.isEmpty()) {
            // with or without marks and capitals, as people type it ("tap huan" finds "Tập huấn"), on both engines
            Dialect d = db.dialect();
            sql.append(" AND (").append(d.matchesSearch("a.title")).append(" OR ").append(d.matchesSearch("a.lead_org"))
                    .append(" OR ").append(d.matchesSearch("a.notes")).append(')');
            String pattern = d.searchPattern(searched);
            params.addAll(List.of(pattern, pattern, pattern));
        }
        return sql.toString();
    }

    /** The longest search kept: each letter becomes a class of up to 36, and SQLite refuses patterns over 50,000 bytes. */
    static final int SEARCH_MAX = 200;

    /**
     * The search form of the text typed, at most {@link #SEARCH_MAX} characters; empty when nothing is searched
     * (nothing typed, or only marks typed alone, which would otherwise find every row).
     */
    static String searched(ActivityFilter f) {
        String folded = f.text() == null ? "" : vn.atr.domain.Text.fold(f.text()).strip();
        return folded.length() <= SEARCH_MAX ? folded : folded.substring(0, SEARCH_MAX);
    }

    private static String orderBy(ActivitySort sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        String tie = "a.start_date" + dir + ", a.id" + dir; // one direction throughout, so an index serves both
        return " ORDER BY " + switch (sort.column()) {
            case DATE -> "a.start_date" + dir + ", a.id" + dir;
            case UNIT -> UNIT_NAME + dir + ", " + tie;
            case TYPE -> TYPE_NAME + dir + ", " + tie;
            case TITLE -> "coalesce(a.title, '')" + dir + ", " + tie;
            case PARTICIPANTS -> "a.participants" + dir + ", " + tie;
            case QUANTITY -> "a.quantity" + dir + ", " + tie;
        };
    }

    private static PreparedStatement prepare(java.sql.Connection c, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
