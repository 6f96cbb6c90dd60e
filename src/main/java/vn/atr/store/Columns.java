package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import vn.atr.domain.IsoTimes;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions between domain values and SQLite columns (ISO text dates, ';'-separated sets). */
final class Columns {
    private Columns() {
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, d.toString());
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoTimes.date(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return IsoTimes.instant(rs.getString(column));
    }

    static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static String setOf(Collection<? extends Enum<?>> values) {
        // Every stored row binds one: no stream for the usual none or one.
        if (values.isEmpty()) {
            return "";
        }
        if (values.size() == 1) {
            return values.iterator().next().name();
        }
        String[] names = new String[values.size()];
        int i = 0;
        for (Enum<?> e : values) {
            names[i++] = e.name();
        }
        Arrays.sort(names);
        return String.join(";", names);
    }

    static String listOf(List<String> values) {
        return String.join(";", values);
    }

    static List<String> list(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split(";"));
    }

    static <E extends Enum<E>> Set<E> enumSet(String joined, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : list(joined)) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
