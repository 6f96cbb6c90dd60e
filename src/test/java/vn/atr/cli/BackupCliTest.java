package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/** `atr backup` and `atr restore` in-process on real store files. */
class BackupCliTest {
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreWithConfirmation() throws Exception {
        String db = dir.resolve("atr.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        String backup = dir.resolve("b.db").toString();
        CliTest.Run b = atr("backup", "--db", db, "--out", backup);
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(b.out()).contains("Hoạt động").doesNotContain("activity_half_unit_total");
        String atBackup = StoreTestSupport.recordsDigest(Path.of(db));
        assertThat(atr("generate", "--db", db, "--activities", "20", "--units", "2", "--cases", "1").exit()).isZero();
        String changed = StoreTestSupport.recordsDigest(Path.of(db));

        CliTest.Run refused = atr("restore", backup, "--db", db); // no terminal in tests
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("Hoạt động") // the content was shown first
                .containsPattern("Bản sao lưu .*b\\.db: ngày \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d, phiên bản");
        assertThat(refused.err()).contains("--yes");
        assertThat(StoreTestSupport.recordsDigest(Path.of(db))).isEqualTo(changed);

        CliTest.Run restored = atr("restore", backup, "--db", db, "--yes");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(StoreTestSupport.recordsDigest(Path.of(db))).isEqualTo(atBackup);
        try (var kept = Files.list(dir.resolve("backups"))) {
            Path replaced = kept.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst().orElseThrow();
            assertThat(StoreTestSupport.recordsDigest(replaced)).isEqualTo(changed);
        }
    }

    @Test
    void aBackupOntoTheStoreOrAFileSQLiteKeepsBesideItIsRefusedAndTheStoreStaysAsItWas() throws Exception {
        Path db = dir.resolve("atr.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        String before = StoreTestSupport.recordsDigest(db);
        for (String target : new String[] {db.toString(), dir.resolve(".").resolve("atr.db").toString(),
                db + "-wal", db + "-shm", db + ".lock"}) {
            CliTest.Run run = atr("backup", "--db", db.toString(), "--out", target);
            assertThat(run.exit()).as(target).isEqualTo(1);
            assertThat(run.err()).as(target).startsWith("atr: Không sao lưu vào " + target
                    + ": đó là chính tệp dữ liệu đang mở");
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
        assertThat(atr("backup", "--db", db.toString(), "--out", dir.resolve("atr.db.bak").toString()).exit())
                .as("a name that merely starts like the store's").isZero();
    }

    /** "--out usb/" names the stick's folder: refused, rather than a file written beside it ("usb.atrpkg"). */
    @Test
    void aFolderGivenForTheFileToWriteIsRefusedAndNothingIsWrittenBesideIt() throws Exception {
        Path db = dir.resolve("atr.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        Path usb = java.nio.file.Files.createDirectory(dir.resolve("usb"));
        String folder = usb + java.io.File.separator;
        for (String[] args : new String[][] {{"export", "--db", db.toString(), "--year", "2023", "--out", folder},
                {"backup", "--db", db.toString(), "--out", folder},
                {"report", "--db", db.toString(), "--year", "2023", "--docx", folder}}) {
            CliTest.Run run = atr(args);
            assertThat(run.exit()).as(args[0]).isEqualTo(1);
            assertThat(run.err()).as(args[0]).contains("là một thư mục").contains("usb");
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("usb."));
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(usb)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aLargeStoresBackupSaysFirstThatItTakesAWhile() {
        String db = dir.resolve("atr.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        assertThat(atr("backup", "--db", db, "--out", dir.resolve("a.db").toString()).err())
                .as("a ward's store: nothing to wait for").isEmpty();
        long before = BackupCommand.noticeFrom;
        BackupCommand.noticeFrom = 1; // every store is large
        try {
            CliTest.Run run = atr("backup", "--db", db, "--out", dir.resolve("b.db").toString());
            assertThat(run.exit()).isZero();
            assertThat(run.err()).startsWith("atr: Đang sao lưu tệp dữ liệu ").contains("có thể mất vài phút");
        } finally {
            BackupCommand.noticeFrom = before;
        }
    }

    @Test
    void encryptedBackupAndAutoBackup() throws Exception {
        String db = dir.resolve("atr.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "một mật khẩu\n");
        String backup = dir.resolve("b.atrbak").toString();
        assertThat(atr("backup", "--db", db, "--out", backup, "--backup-password-file", pw.toString()).exit()).isZero();
        CliTest.Run noPassword = atr("restore", backup, "--db", db, "--yes");
        assertThat(noPassword.exit()).isEqualTo(1);
        assertThat(noPassword.err()).startsWith("atr: ").contains("--backup-password-file");
        assertThat(atr("restore", backup, "--db", db, "--yes", "--backup-password-file", pw.toString()).exit()).isZero();

        CliTest.Run auto = atr("backup", "--db", db, "--auto");
        assertThat(auto.exit()).as(auto.err()).isZero();
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.filter(p -> p.getFileName().toString().matches("atr-\\d{8}-\\d{6}\\.db"))).hasSize(1);
        }
        assertThat(atr("backup", "--db", db).exit()).isEqualTo(2); // --out or --auto is required
    }

    @Test
    void emptyOrShortBackupPasswordsAreRefusedAndNothingIsWritten() throws Exception {
        String db = dir.resolve("atr.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        Path empty = Files.writeString(dir.resolve("empty.pw"), "");
        Path oneChar = Files.writeString(dir.resolve("one.pw"), "x\n");
        Path out = dir.resolve("b.atrbak");

        CliTest.Run noPassword = atr("backup", "--db", db, "--out", out.toString(), "--backup-password-file",
                empty.toString());
        assertThat(noPassword.exit()).isEqualTo(1);
        assertThat(noPassword.err()).contains("trống");
        CliTest.Run tooShort = atr("backup", "--db", db, "--out", out.toString(), "--backup-password-file",
                oneChar.toString());
        assertThat(tooShort.exit()).isEqualTo(1);
        assertThat(tooShort.err()).contains("ít nhất 8");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".b.atrbak"));
        }
    }

    @Test
    void aBackupShowsItsAuditHeadWhichTheLiveStoreMustStillReach() throws Exception {
        String db = dir.resolve("atr.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        CliTest.Run b = atr("backup", "--db", db, "--out", dir.resolve("b.db").toString());
        assertThat(b.exit()).as(b.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--expect ([0-9a-f]{64})").matcher(b.out());
        assertThat(m.find()).as(b.out()).isTrue();
        String head = m.group(1);
        assertThat(atr("audit", "verify", "--db", db, "--expect", head).exit()).isZero();

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.executeUpdate("DELETE FROM audit_log WHERE seq >= (SELECT seq FROM audit_log WHERE hash = '" + head + "')");
            s.executeUpdate("UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit_log) WHERE name = 'audit_log'");
        }
        CliTest.Run cut = atr("audit", "verify", "--db", db, "--expect", head);
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.err()).contains(head);
    }
}
