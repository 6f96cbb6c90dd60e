package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.UnitLevel;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileWithReferenceData() throws Exception {
        Path file = dir.resolve("atr.db");
        try (Database db = Database.open(file)) {
            AdminUnitRepository units = new AdminUnitRepository(db);
            assertThat(units.listByLevel(UnitLevel.PROVINCE)).hasSize(34);
            assertThat(units.listByLevel(UnitLevel.DISTRICT)).hasSize(15)
                    .allSatisfy(u -> assertThat(u.validTo()).hasToString("2025-06-30"));
            assertThat(units.listByLevel(UnitLevel.COMMUNE)).hasSize(114)
                    .allSatisfy(u -> assertThat(u.validFrom()).hasToString("2025-07-01"));
            assertThat(units.listByLevel(UnitLevel.COMMUNE)).filteredOn(u -> "dac_khu".equals(u.kind())).hasSize(2);
            assertThat(units.codesWithin("04")).hasSize(1 + 15 + 114);
            ReferenceRepository ref = new ReferenceRepository(db);
            assertThat(ref.activityTypes()).extracting(t -> t.code()).contains("TRAINING", "OUTREACH_SESSION", "BANNER");
            assertThat(ref.organisations()).extracting(o -> o.code()).contains("CATP", "BDBP", "HLHPN");
            assertThat(new SettingsRepository(db).agency().homeProvinceCode()).isEqualTo("04");
        }
        assertThat(StoreTestSupport.text(file, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(StoreTestSupport.count(file, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void reopeningChangesNothing() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        String before = StoreTestSupport.digest(file);
        Database.open(file).close();
        assertThat(StoreTestSupport.digest(file)).isEqualTo(before);
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("atr.db"))) {
            assertThatThrownBy(() -> db.transaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO victim_identity (victim_id, updated_at, updated_by) VALUES ('nobody', 'x', 'y')")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aRehearsalSeesItsOwnWritesAndLeavesTheStoreAsItWas() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        String before = StoreTestSupport.digest(file);
        try (Database db = Database.open(file)) {
            SettingsRepository settings = new SettingsRepository(db);
            String seen = db.rehearse(() -> {
                settings.put("rehearsal", "written");
                return settings.get("rehearsal").orElseThrow();
            });
            assertThat(seen).isEqualTo("written");
            assertThat(settings.get("rehearsal")).isEmpty();
            assertThatThrownBy(() -> db.runInTransaction(() -> db.rehearse(() -> null)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(db.inBulkTransaction(() -> {
                settings.put("bulk", "kept");
                return settings.get("bulk").orElseThrow();
            })).isEqualTo("kept");
        }
        try (Database db = Database.open(file)) {
            assertThat(new SettingsRepository(db).get("bulk")).contains("kept");
            assertThat(new SettingsRepository(db).get("rehearsal")).isEmpty();
        }
        assertThat(before).isNotEqualTo(StoreTestSupport.digest(file)); // the bulk write, and only it, stayed
    }

    /**
     * A bulk write's commit leaves its pages in the write-ahead log; a thread of its own copies them into the file
     * (ADR 0210). The file alone, copied without its log once that thread is done, holds the rows; the connection's
     * own automatic checkpoints are back on, also after a failed bulk write.
     */
    @Test
    void aBulkWritesPagesReachTheFileOnAThreadOfTheirOwn() throws Exception {
        Path file = dir.resolve("atr.db");
        try (Database db = Database.open(file)) {
            SettingsRepository settings = new SettingsRepository(db);
            db.inBulkTransaction(() -> {
                for (int i = 0; i < 2_000; i++) {
                    settings.put("bulk-" + i, "x".repeat(500)); // about 250 pages: more than one commit's worth
                }
                return null;
            });
            db.awaitCheckpoint();
            Path alone = dir.resolve("alone.db");
            Files.copy(file, alone); // without atr.db-wal: what the file itself holds
            assertThat(StoreTestSupport.count(alone, "SELECT count(*) FROM setting WHERE key LIKE 'bulk-%'"))
                    .isEqualTo(2_000);
            assertThat(autoCheckpointPages(db)).isEqualTo(1000);
            assertThatThrownBy(() -> db.inBulkTransaction(() -> {
                settings.put("failed", "y");
                throw new IllegalStateException("the batch fails");
            })).hasMessageContaining("the batch fails");
            assertThat(autoCheckpointPages(db)).isEqualTo(1000);
            assertThat(settings.get("failed")).isEmpty();
        }
        assertThat(StoreTestSupport.count(file, "SELECT count(*) FROM setting WHERE key LIKE 'bulk-%'"))
                .isEqualTo(2_000);
    }

    private static int autoCheckpointPages(Database db) {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA wal_autocheckpoint")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }

    @Test
    void randomBytesAreRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("broken.db");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("bị hỏng");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
        assertThat(dir.resolve("broken.db-wal")).doesNotExist();
    }

    @Test
    void missingFolderIsRefused() {
        assertThatThrownBy(() -> Database.open(dir.resolve("nope/atr.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("không tồn tại");
        assertThat(dir.resolve("nope")).doesNotExist();
    }
}
