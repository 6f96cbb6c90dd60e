package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores that applied a migration before its comment was reworded (the committed {@code atr-v8.db}) still
 * upgrade, and only the known old wording is realigned: a checksum that matches neither is refused by Flyway
 * with nothing written.
 */
class RewordedMigrationsTest {
    private static final Path V8 = Path.of("src/test/resources/upgrade/atr-v8.db");

    @TempDir
    Path dir;

    private static Map<String, Integer> checksums(Path store) throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(Database.url(store)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static void setChecksum(Path store, String version, int checksum) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(store)); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = " + checksum + " WHERE version = '" + version + "'");
        }
    }

    @Test
    void theShippedChecksumsAreFlywaysOwnAndTheAppliedOnesTheCommittedStoresOnes() throws Exception {
        Path empty = dir.resolve("empty.db");
        Flyway flyway = Flyway.configure().dataSource(Database.url(empty), null, null)
                .locations(Dialect.SQLITE.migrationLocations().toArray(String[]::new)).load();
        Map<String, Integer> shipped = new LinkedHashMap<>();
        for (MigrationInfo m : flyway.info().all()) {
            shipped.put(m.getVersion().getVersion(), m.getChecksum());
        }
        Map<String, Integer> applied = checksums(V8);
        for (RewordedMigrations.Rewording r : RewordedMigrations.SQLITE) {
            assertThat(shipped.get(r.version())).as("V%s as shipped", r.version()).isEqualTo(r.shippedChecksum());
            assertThat(applied.get(r.version())).as("V%s as applied", r.version()).isEqualTo(r.appliedChecksum());
        }
    }

    @Test
    void aStoreWithTheOldWordingUpgradesAndOnlyTheRewordedChecksumsChange() throws Exception {
        Path store = Files.copy(V8, dir.resolve("atr.db"));
        Map<String, Integer> before = checksums(store);

        try (Database db = Database.open(store)) {
            assertThat(db.ranFlyway()).isTrue();
            assertThat(db.upgradeBackup()).isPresent();
            // The copy kept before the upgrade keeps the history an older ATR validates against.
            assertThat(checksums(db.upgradeBackup().get())).isEqualTo(before);
        }
        Map<String, Integer> after = checksums(store);
        for (Map.Entry<String, Integer> e : before.entrySet()) {
            int expected = RewordedMigrations.SQLITE.stream().filter(r -> r.version().equals(e.getKey()))
                    .mapToInt(RewordedMigrations.Rewording::shippedChecksum).findFirst().orElse(e.getValue());
            assertThat(after.get(e.getKey())).as("V%s", e.getKey()).isEqualTo(expected);
        }
        assertThat(after.get("4")).isNotEqualTo(before.get("4"));
        assertThat(after.get("6")).isNotEqualTo(before.get("6"));

        try (Database db = Database.open(store)) {
            assertThat(db.ranFlyway()).as("current after the upgrade").isFalse();
        }
    }

    @Test
    void aChecksumMatchingNeitherWordingIsRefusedAndLeftAsItWas() throws Exception {
        Path store = Files.copy(V8, dir.resolve("atr.db"));
        setChecksum(store, "4", 12345);
        Map<String, Integer> before = checksums(store);

        assertThatThrownBy(() -> Database.open(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("checksum mismatch for migration version 4");
        assertThat(checksums(store)).isEqualTo(before);
    }
}
