package vn.atr.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite migrations whose comments were reworded after stores had applied them (ADR 0188). Flyway's checksum
 * covers comments, so such a store would fail Flyway's validation at its next upgrade. Before that upgrade, a
 * store whose history holds exactly the old wording's checksum gets the new one; any other checksum (a script
 * really changed, or a history edited by hand) is left for Flyway to refuse as before. Never for a change of
 * what a script does: a migration's SQL, once shipped, is never edited.
 */
final class RewordedMigrations {
    /** One reworded script: its version, the checksum of the wording stores applied, and of today's. */
    record Rewording(String version, String script, int appliedChecksum, int shippedChecksum) {
    }

    static final List<Rewording> SQLITE = List.of(
            new Rewording("4", "V4__exchange.sql", 322718071, -1060307417),
            new Rewording("6", "V6__users_keys_audit.sql", -305917278, 2145851363));

    private RewordedMigrations() {
    }

    /**
     * Realigns the reworded scripts' checksums in {@code file}'s history, in one transaction; returns those it
     * changed, for {@link #undo} if Flyway then refuses the history for another reason.
     */
    static List<Rewording> realign(Path file) throws SQLException {
        return update(file, SQLITE, true);
    }

    /** Puts back the checksums {@link #realign} changed: a refused upgrade leaves the store as it found it. */
    static void undo(Path file, List<Rewording> realigned) throws SQLException {
        update(file, realigned, false);
    }

    private static List<Rewording> update(Path file, List<Rewording> scripts, boolean forward) throws SQLException {
        if (scripts.isEmpty()) {
            return List.of();
        }
        try (Connection c = DriverManager.getConnection(Database.url(file))) {
            if (!Dialect.SQLITE.tableExists(c, "flyway_schema_history")) {
                return List.of();
            }
            c.setAutoCommit(false);
            List<Rewording> changed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE flyway_schema_history SET checksum = ?"
                    + " WHERE version = ? AND script = ? AND checksum = ? AND type = 'SQL' AND success = 1")) {
                for (Rewording r : scripts) {
                    ps.setInt(1, forward ? r.shippedChecksum() : r.appliedChecksum());
                    ps.setString(2, r.version());
                    ps.setString(3, r.script());
                    ps.setInt(4, forward ? r.appliedChecksum() : r.shippedChecksum());
                    if (ps.executeUpdate() > 0) {
                        changed.add(r);
                    }
                }
                c.commit();
                return changed;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
