package vn.atr.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AtrException;
import vn.atr.store.StoreTestSupport;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/** Real stores in a temp folder: online backup, restore round trip, encryption, rotation, damaged backups. */
class BackupServiceTest {
    @TempDir
    Path dir;

    private Path sampleStore() {
        Path db = dir.resolve("atr.db");
        try (Services s = Services.open(db)) {
            s.sample().loadHaiPhong2023();
        }
        return db;
    }

    @Test
    void backupChangeRestoreGivesBackTheBackedUpData() throws Exception {
        Path db = sampleStore();
        Path backup = dir.resolve("usb").resolve("b.db");
        Files.createDirectories(backup.getParent());
        String before;
        try (Services s = Services.open(db)) {
            BackupService.BackupInfo info = s.backup().backupTo(backup, null);
            assertThat(info.counts().get("activity")).isPositive();
        }
        before = StoreTestSupport.recordsDigest(db);
        assertThat(StoreTestSupport.recordsDigest(backup)).isEqualTo(before);
        try (Services s = Services.open(db)) {
            s.generator().generate(new DataGenerator.Spec(3, 50, 2, 7, 2023));
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isNotEqualTo(before);
        String changed = StoreTestSupport.recordsDigest(db);

        var kept = BackupService.restore(backup, db, null, null);

        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
        assertThat(kept).isPresent();
        assertThat(StoreTestSupport.recordsDigest(kept.get())).isEqualTo(changed);
        try (Services s = Services.open(db)) { // the restored store opens and migrates normally
            assertThat(s.sample().isLoaded()).isTrue();
        }
    }

    @Test
    void encryptedBackupNeedsTheRightPassword() throws Exception {
        Path db = sampleStore();
        Path backup = dir.resolve("b.atrbak");
        try (Services s = Services.open(db)) {
            s.backup().backupTo(backup, "mật khẩu dài".toCharArray());
        }
        assertThat(Files.readAllBytes(backup)).startsWith("ATRBAK1\n".getBytes());
        String before = StoreTestSupport.recordsDigest(db);
        assertThatThrownBy(() -> BackupService.inspect(backup, "sai".toCharArray()))
                .isInstanceOf(AtrException.class).hasMessageContaining("Sai mật khẩu");
        assertThatThrownBy(() -> BackupService.restore(backup, db, null, null))
                .isInstanceOf(AtrException.class).hasMessageContaining("cần mật khẩu");
        BackupService.BackupInfo info = BackupService.inspect(backup, "mật khẩu dài".toCharArray());
        assertThat(info.encrypted()).isTrue();
        assertThat(info.counts()).containsKey("activity");
        BackupService.restore(backup, db, "mật khẩu dài".toCharArray(), null);
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
    }

    @Test
    void damagedBackupIsRefusedAndTheStoreIsUntouched() throws Exception {
        Path db = sampleStore();
        Path backup = dir.resolve("b.db");
        try (Services s = Services.open(db)) {
            s.backup().backupTo(backup, null);
        }
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            byte[] garbage = new byte[16384];
            java.util.Arrays.fill(garbage, (byte) 0x55);
            for (long page = 1; page * 4096 < f.length(); page += 2) { // every other page after the header
                f.seek(page * 4096);
                f.write(garbage, 0, 4096);
            }
        }
        String before = StoreTestSupport.recordsDigest(db);
        assertThatThrownBy(() -> BackupService.restore(backup, db, null, null)).isInstanceOf(AtrException.class);
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
    }

    /** A backup whose audit log was edited with a SQLite tool (an entry's text, a figure) is not put in place. */
    @Test
    void aBackupWhoseAuditLogWasEditedIsNotRestored() throws Exception {
        Path db = sampleStore();
        Path backup = dir.resolve("b.db");
        try (Services s = Services.open(db)) {
            s.backup().backupTo(backup, null);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup);
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_no_update");
            st.executeUpdate("UPDATE audit_log SET detail = 'x' WHERE seq = 2");
            st.executeUpdate("UPDATE activity SET participants = 9999 WHERE rowid = 1");
        }
        String before = StoreTestSupport.digest(db);
        assertThatThrownBy(() -> BackupService.restore(backup, db, null, null)).isInstanceOf(AtrException.class)
                .hasMessageContaining("b.db").hasMessageContaining("mục số 2").hasMessageContaining("không thay đổi");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void autoBackupRotatesAndNewestGoodBackupSkipsDamagedOnes() throws Exception {
        Path db = sampleStore();
        Path folder = BackupService.backupFolder(db);
        Files.createDirectories(folder);
        Path old = folder.resolve("atr-20200101-120000.db");
        try (Services s = Services.open(db)) {
            s.backup().backupTo(old, null);
            assertThat(s.backup().dailyBackupDue()).isTrue();
            BackupService.BackupInfo info = s.backup().autoBackup();
            assertThat(s.backup().dailyBackupDue()).isFalse();
            assertThat(BackupService.automaticBackups(db)).containsExactly(info.file(), old);
            assertThat(BackupService.newestGoodBackup(db)).contains(info.file());
            Files.write(info.file(), "not a database".getBytes());
            assertThat(BackupService.newestGoodBackup(db)).contains(old);
        }
    }

    /** The sample beside the real store (as the guide suggests): each keeps, rotates and offers its own backups. */
    @Test
    void twoStoresInOneFolderKeepTheirOwnAutomaticBackups() throws Exception {
        Path real = sampleStore();
        Path sample = dir.resolve("mau.db");
        try (Services s = Services.open(sample)) {
            s.sample().loadHaiPhong2023();
        }
        Path folder = BackupService.backupFolder(real);
        Files.createDirectories(folder);
        Path realOld = folder.resolve("atr-20200101-120000.db");
        try (Services s = Services.open(real)) {
            s.backup().backupTo(realOld, null);
            s.backup().autoBackup();
        }
        BackupService.BackupInfo sampleBackup;
        try (Services s = Services.open(sample)) {
            assertThat(s.backup().dailyBackupDue()).as("the real store's backup is not the sample's").isTrue();
            sampleBackup = s.backup().autoBackup();
        }
        assertThat(sampleBackup.file().getFileName().toString()).matches("mau-\\d{8}-\\d{6}\\.db");
        assertThat(BackupService.automaticBackups(real)).hasSize(2).contains(realOld)
                .doesNotContain(sampleBackup.file());
        assertThat(BackupService.automaticBackups(sample)).containsExactly(sampleBackup.file());
        assertThat(BackupService.newestGoodBackup(real)).isPresent().get().isNotEqualTo(sampleBackup.file());
    }

    @Test
    void aShortDiskMakesRoomFromTheOldestBackupsButNeverTheNewestTwo() {
        long mib = 1L << 20;
        BackupSpace roomy = new BackupSpace(3L << 30, 100 * mib);
        assertThat(roomy.needed()).as("the copy and 256 MiB left free").isEqualTo(356 * mib);
        assertThat(new BackupSpace(0, 2L << 30).needed()).as("a large store: as much again").isEqualTo(4L << 30);
        assertThat(new BackupSpace(300 * mib, 10 * mib).toDelete(List.of("b", "a"), x -> 10 * mib))
                .as("a ward's small store on a disk with 300 MB free").contains(List.of());
        assertThat(roomy.toDelete(List.of("c", "b", "a"), x -> 100L << 20)).contains(List.of());
        BackupSpace tight = new BackupSpace(156 * mib, 100 * mib); // 200 MB short
        assertThat(tight.toDelete(List.of("e", "d", "c", "b", "a"), x -> 100L << 20)).contains(List.of("a", "b"));
        assertThat(tight.toDelete(List.of("c", "b", "a"), x -> 100L << 20)).as("only the newest two would be left")
                .isEmpty();
    }

    @Test
    void theAutomaticBackupGivesWayToTheStoreOnAShortDisk() throws Exception {
        Path db = sampleStore();
        Path folder = BackupService.backupFolder(db);
        Files.createDirectories(folder);
        List<Path> old = List.of(folder.resolve("atr-20200101-120000.db"), folder.resolve("atr-20200201-120000.db"),
                folder.resolve("atr-20200301-120000.db"));
        try (Services s = Services.open(db)) {
            for (Path p : old) {
                s.backup().backupTo(p, null);
            }
            long store = Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0);
            long needed = new BackupSpace(0, store).needed();

            BackupService.BackupInfo made = s.backup().withUsableSpace(f -> needed - 1).autoBackup();
            assertThat(made.deletedForRoom()).isEqualTo(1);
            assertThat(BackupService.automaticBackups(db)).as("the oldest made room")
                    .containsExactly(made.file(), old.get(2), old.get(1));

            String before = StoreTestSupport.digest(db);
            List<Path> kept = BackupService.automaticBackups(db);
            assertThatThrownBy(() -> s.backup().withUsableSpace(f -> 0L).autoBackup())
                    .isInstanceOf(vn.atr.service.ServiceException.class)
                    .hasMessageContaining("không đủ để sao lưu tự động").hasMessageContaining(folder.toString())
                    .hasMessageContaining("Chưa sao lưu");
            assertThat(BackupService.automaticBackups(db)).as("nothing deleted for a backup not made").isEqualTo(kept);
            assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
            assertThat(s.backup().withUsableSpace(f -> Long.MAX_VALUE).autoBackup().deletedForRoom())
                    .as("a roomy disk deletes nothing").isZero();
        }
    }

    @Test
    void rotationKeepsSevenDailyFourWeeklyTwelveMonthly() {
        List<LocalDateTime> hourly = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2023, 12, 31, 23, 0);
        for (int i = 0; i < 400 * 2; i++) { // two backups a day for 400 days
            hourly.add(t.minusHours(12L * i));
        }
        Set<LocalDateTime> keep = BackupRotation.DEFAULT.keep(hourly, x -> x);
        assertThat(keep).contains(t); // the newest
        assertThat(keep.stream().filter(x -> !x.isBefore(t.minusDays(6).toLocalDate().atStartOfDay())))
                .hasSize(7);
        assertThat(keep.stream().map(x -> x.getYear() * 100 + x.getMonthValue()).distinct()).hasSize(12);
        assertThat(keep.size()).isBetween(12, 7 + 4 + 12);
        assertThat(keep).doesNotContain(hourly.get(hourly.size() - 1));
    }

    @Test
    void readOnlyOpenShowsTheDataAndRefusesWrites() throws Exception {
        Path db = sampleStore();
        String before = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.openReadOnly(db)) {
            assertThat(s.readOnly()).isTrue();
            assertThat(s.sample().isLoaded()).isTrue();
            assertThatThrownBy(() -> s.generator().generate(new DataGenerator.Spec(1, 5, 0, 1, 2023)))
                    .isInstanceOf(AtrException.class);
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
    }

    @Test
    void aBackupFromANewerAtrIsNotRestored() throws Exception {
        Path db = sampleStore();
        Path backup = dir.resolve("newer.db");
        try (Services s = Services.open(db)) {
            s.backup().backupTo(backup, null);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (999, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, '', 0, 1)");
        }
        String before = StoreTestSupport.digest(db);
        assertThatThrownBy(() -> BackupService.restore(backup, db, null, null)).isInstanceOf(AtrException.class)
                .hasMessageContaining("99").hasMessageContaining("cập nhật ATR");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void anotherInstallationsBackupWarnsNeedsAYesAndNamesTheRealActor() throws Exception {
        Path ours = sampleStore();
        Path theirsStore = dir.resolve("other").resolve("atr.db");
        Files.createDirectories(theirsStore.getParent());
        Path theirBackup = dir.resolve("other-ward.db");
        try (Services s = Services.open(theirsStore)) {
            s.backup().backupTo(theirBackup, null);
        }
        String ourId = vn.atr.store.StoreBackup.installationId(ours).orElseThrow();
        String theirId = vn.atr.store.StoreBackup.installationId(theirBackup).orElseThrow();
        assertThat(ourId).isNotEqualTo(theirId);
        String before = StoreTestSupport.digest(ours);
        List<String> warnings = new ArrayList<>();

        assertThatThrownBy(() -> BackupService.restore(theirBackup, ours, null, null, w -> warnings.add(w) && false))
                .isInstanceOf(BackupService.OtherInstallationException.class);
        String ourAgency = StoreTestSupport.text(ours, "SELECT value FROM setting WHERE key = 'agency.issuing'");
        assertThat(warnings).singleElement().asString().as("named as people know them, the ids only shortened")
                .contains(ourAgency).contains(ourId.substring(0, 8)).contains(theirId.substring(0, 8))
                .doesNotContain(ourId).contains("cài đặt ATR khác");
        assertThat(StoreTestSupport.digest(ours)).isEqualTo(before);

        BackupService.restore(theirBackup, ours, null, null, w -> true);
        assertThat(StoreTestSupport.text(ours, "SELECT user_name FROM audit_log WHERE action = 'restore'"))
                .isEqualTo("local@" + ourId);
        assertThat(StoreTestSupport.text(ours, "SELECT detail FROM audit_log WHERE action = 'restore'"))
                .startsWith("kept replaced-").endsWith(", backup of installation " + theirId);
        // our own backups restore without a question
        Path own = dir.resolve("own.db");
        try (Services s = Services.open(ours)) {
            s.backup().backupTo(own, null);
        }
        BackupService.restore(own, ours, null, null);
    }
}
