package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * One statement run over a list of units of any length: {@code unit_code IN (?, ...)} with at most 500 units at a time
 * (the engines' parameter limits), each run with the statement's other parameters after the units. A roll-up store's
 * part names a unit and the units within it (ADR 0203).
 */
final class UnitChunks {
    private static final int CHUNK = 500;

    /** What is done with each run's statement, its parameters bound. */
    @FunctionalInterface
    interface Each {
        void run(PreparedStatement ps) throws SQLException;
    }

    private UnitChunks() {
    }

    /** {@code sql} with {@code %s} where the units' condition goes; {@code after}: the parameters that follow it. */
    static void run(Connection c, String sql, List<String> units, List<String> after, Each each) throws SQLException {
        run(c, sql, "unit_code", units, after, each);
    }

    /** {@link #run(Connection, String, List, List, Each)} with the units in another {@code column}. */
    static void run(Connection c, String sql, String column, List<String> units, List<String> after, Each each)
            throws SQLException {
        for (int i = 0; i < units.size(); i += CHUNK) {
            List<String> chunk = units.subList(i, Math.min(units.size(), i + CHUNK));
            String in = column + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(String.format(sql, in))) {
                int k = 1;
                for (String u : chunk) {
                    ps.setString(k++, u);
                }
                for (String p : after) {
                    ps.setString(k++, p);
                }
                each.run(ps);
            }
        }
    }
}
