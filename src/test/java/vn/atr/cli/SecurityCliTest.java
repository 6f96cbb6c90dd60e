package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in on the command line, user and audit commands, and single-user mode staying as it was. */
class SecurityCliTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void adminCreatedByInitThenEveryCommandNeedsALogin() throws Exception {
        String db = dir.resolve("s.db").toString();
        String adminPw = file("admin.pw", "quan-tri-2026!\n").toString();
        String compilerPw = file("hoa.pw", "tong-hop-2026!\n").toString();
        String wrongPw = file("wrong.pw", "sai-mat-khau-1\n").toString();

        CliTest.Run init = atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw);
        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("KHÓA KHÔI PHỤC").containsPattern("([0-9A-F]{4}-){15}[0-9A-F]{4}");

        CliTest.Run anonymous = atr("summary", "--db", db, "--year", "2023");
        assertThat(anonymous.exit()).isEqualTo(1);
        assertThat(anonymous.err()).startsWith("atr: ").contains("--user");

        CliTest.Run wrong = atr("summary", "--db", db, "--year", "2023", "--user", "admin", "--password-file", wrongPw);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("atr: Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(wrong.err()).doesNotContain("sai-mat-khau");

        assertThat(atr("summary", "--db", db, "--year", "2023", "--user", "admin", "--password-file", adminPw).exit())
                .isZero();
        assertThat(atr("user", "add", "hoa", "--role", "COMPILER", "--new-password-file", compilerPw, "--db", db,
                "--user", "admin", "--password-file", adminPw).exit()).isZero();
        CliTest.Run list = atr("user", "list", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(list.out()).contains("hoa").contains("COMPILER").contains("ADMINISTRATOR");
        CliTest.Run notAllowed = atr("user", "list", "--db", db, "--user", "hoa", "--password-file", compilerPw);
        assertThat(notAllowed.exit()).isEqualTo(1);
        assertThat(notAllowed.err()).contains("quản lý người dùng");

        CliTest.Run audit = atr("audit", "list", "--json", "--action", "login", "--db", db, "--user", "admin",
                "--password-file", adminPw);
        assertThat(audit.out()).contains("\"login.failed\"").contains("\"login\"");
        CliTest.Run verify = atr("audit", "verify", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("nguyên vẹn");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3");
        }
        CliTest.Run tampered = atr("audit", "verify", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.err()).contains("mục số 3");
    }

    @Test
    void auditVerifyPrintsTheHeadAndExpectFindsACutTailAndAnAccountConfirmedByTheAdministrator() throws Exception {
        String db = dir.resolve("h.db").toString();
        String adminPw = file("admin.pw", "quan-tri-2026!\n").toString();
        String managerPw = file("lan.pw", "lanh-dao-2026!\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw).exit()).isZero();
        assertThat(atr("user", "add", "lan", "--role", "MANAGER", "--new-password-file", managerPw, "--db", db,
                "--user", "admin", "--password-file", adminPw).exit()).isZero();
        CliTest.Run first = atr("audit", "verify", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(first.exit()).as(first.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9a-f]{64})").matcher(first.out());
        assertThat(m.find()).as(first.out()).isTrue();
        String head = m.group(1);
        CliTest.Run same = atr("audit", "verify", "--expect", head, "--db", db, "--user", "admin",
                "--password-file", adminPw);
        assertThat(same.exit()).as(same.err()).isZero();
        CliTest.Run upper = atr("audit", "verify", "--expect", " " + head.toUpperCase() + " ", "--db", db, "--user",
                "admin", "--password-file", adminPw);
        assertThat(upper.exit()).as("copied in capitals, with spaces: the same head").isZero();
        CliTest.Run typo = atr("audit", "verify", "--expect", head.substring(0, 20), "--db", db, "--user", "admin",
                "--password-file", adminPw);
        assertThat(typo.exit()).as("a hash cut short is a typo, not a rewritten log").isEqualTo(2);
        assertThat(typo.err()).contains("không phải một đầu chuỗi").contains("20 ký tự").doesNotContain("bị xóa");

        // the attacker removes what happened after the head was written down, and mends the counter too
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.executeUpdate("DELETE FROM audit_log WHERE seq > (SELECT seq FROM audit_log WHERE hash = '" + head + "') - 2");
            s.executeUpdate("UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit_log) WHERE name = 'audit_log'");
            s.executeUpdate("UPDATE app_user SET role = 'ADMINISTRATOR' WHERE name = 'lan'");
        }
        CliTest.Run cut = atr("audit", "verify", "--expect", head, "--db", db, "--user", "admin",
                "--password-file", adminPw);
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.err()).contains(head).contains("lan");

        CliTest.Run refused = atr("summary", "--db", db, "--year", "2023", "--user", "lan", "--password-file", managerPw);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("sửa ngoài ATR");
        CliTest.Run list = atr("user", "list", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(list.out()).contains("chờ xác nhận");
        assertThat(atr("user", "confirm", "lan", "--db", db, "--user", "admin", "--password-file", adminPw).exit())
                .isZero();
        assertThat(atr("summary", "--db", db, "--year", "2023", "--user", "lan", "--password-file", managerPw).exit())
                .isZero();
    }

    /** The signing key stays in clear until lan's first login makes its copy: audit verify says whose login. */
    @Test
    void auditVerifyNamesTheAccountsWhoseFirstLoginSealsTheSigningKey() throws Exception {
        String db = dir.resolve("k.db").toString();
        String adminPw = file("admin.pw", "quan-tri-2026!\n").toString();
        String managerPw = file("lan.pw", "lanh-dao-2026!\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw).exit()).isZero();
        assertThat(atr("user", "add", "lan", "--role", "MANAGER", "--new-password-file", managerPw, "--db", db,
                "--user", "admin", "--password-file", adminPw).exit()).isZero();
        CliTest.Run export = atr("export", "--db", db, "--year", "2023", "--out", dir.resolve("p.atrpkg").toString(),
                "--user", "admin", "--password-file", adminPw);
        assertThat(export.exit()).as(export.err()).isZero();
        CliTest.Run clear = atr("audit", "verify", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(clear.exit()).as(clear.err()).isZero();
        assertThat(clear.out()).contains("khóa ký gói của máy còn lưu không mã hóa").contains(": lan");

        assertThat(atr("summary", "--db", db, "--year", "2023", "--user", "lan", "--password-file", managerPw).exit())
                .isZero();
        CliTest.Run sealed = atr("audit", "verify", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(sealed.exit()).as(sealed.err()).isZero();
        assertThat(sealed.out()).doesNotContain("khóa ký gói");
        assertThat(vn.atr.store.StoreTestSupport.text(Path.of(db),
                "SELECT private_key FROM package_signing_key WHERE id = 1")).isEmpty();
    }

    @Test
    void aStoreWithoutUsersWorksAsBeforeAndGetsItsAdministratorLater() throws Exception {
        String db = dir.resolve("old.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        assertThat(atr("summary", "--db", db, "--year", "2023").exit()).isZero();
        assertThat(atr("audit", "verify", "--db", db).exit()).isZero();
        String adminPw = file("admin.pw", "quan-tri-2026!").toString();
        assertThat(atr("summary", "--db", db, "--year", "2023", "--admin", "admin", "--password-file", adminPw).exit())
                .isZero();
        assertThat(atr("summary", "--db", db, "--year", "2023").exit()).isEqualTo(1);
        String shortPw = file("short.pw", "abc").toString();
        CliTest.Run weak = atr("init", "--db", dir.resolve("new.db").toString(), "--admin", "a", "--password-file", shortPw);
        assertThat(weak.exit()).isEqualTo(1);
        assertThat(weak.err()).contains("quá ngắn");
    }

    @Test
    void aWardUserNeedsAUnitTheRoleIsReadInAnyCaseAndTheListNamesRolesAndUnits() throws Exception {
        String db = dir.resolve("atr.db").toString();
        String adminPw = file("admin.pw", "quan-tri-2026!\n").toString();
        String staffPw = file("hoa.pw", "can-bo-xa-2026!\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw).exit()).isZero();
        CliTest.Run noUnit = atr("user", "add", "hoa", "--role", "COMMUNE_STAFF", "--new-password-file", staffPw,
                "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(noUnit.exit()).isEqualTo(1);
        assertThat(noUnit.err().strip()).isEqualTo("atr: Cán bộ cấp xã phải gắn với đơn vị mình làm việc: chưa chọn đơn vị");
        CliTest.Run badRole = atr("user", "add", "hoa", "--role", "thu-ky", "--unit", "10301008", "--new-password-file",
                staffPw, "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("'thu-ky' không hợp lệ cho --role (chỉ nhận: COMMUNE_STAFF, COMPILER, MANAGER,"
                + " ADMINISTRATOR).");
        CliTest.Run added = atr("user", "add", "hoa", "--role", "commune_staff", "--unit", "10301008",
                "--new-password-file", staffPw, "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Đã thêm người dùng hoa (cán bộ cấp xã)");

        // the ward officer's own report, without --unit, as the ward guide shows it
        CliTest.Run report = atr("report", "--period", "2026", "--docx", dir.resolve("cb.docx").toString(), "--xlsx",
                dir.resolve("cb.xlsx").toString(), "--db", db, "--user", "hoa", "--password-file", staffPw);
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("Phường Hồng Bàng");
        assertThat(dir.resolve("cb.docx")).isNotEmptyFile();

        CliTest.Run list = atr("user", "list", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(list.out().lines()).anySatisfy(l -> assertThat(l)
                .matches("hoa +cán bộ cấp xã \\(COMMUNE_STAFF\\) +Phường Hồng Bàng \\(10301008\\) +đang dùng"));
        assertThat(list.out().lines()).anySatisfy(l -> assertThat(l)
                .matches("admin +quản trị viên \\(ADMINISTRATOR\\) +đang dùng"));

        // the officer moves to the Department: another role, with a new password; not one's own role
        String compilerPw = file("hoa-moi.pw", "tong-hop-2026!\n").toString();
        CliTest.Run own = atr("user", "role", "admin", "--role", "COMPILER", "--new-password-file", compilerPw,
                "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(own.exit()).isEqualTo(1);
        assertThat(own.err()).contains("chính mình");
        CliTest.Run moved = atr("user", "role", "hoa", "--role", "compiler", "--new-password-file", compilerPw,
                "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Đã đổi vai trò của hoa thành cán bộ tổng hợp");
        assertThat(atr("user", "list", "--db", db, "--user", "hoa", "--password-file", staffPw).exit())
                .as("the old password no longer logs in").isNotZero();
        CliTest.Run asCompiler = atr("summary", "--year", "2023", "--db", db, "--user", "hoa", "--password-file", compilerPw);
        assertThat(asCompiler.exit()).as(asCompiler.err()).isZero();
    }

    /** Password files as Windows tools save them (Notepad's mark, PowerShell's UTF-16) hold the password typed. */
    @Test
    void aPasswordFileSavedByWindowsToolsHoldsThePasswordTypedAndBytesThatAreNoTextAreRefused() throws Exception {
        String db = dir.resolve("s.db").toString();
        String password = "Mật-khẩu-2026!";
        String plain = file("admin.pw", password + "\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", plain).exit()).isZero();
        byte[] text = (password + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        Path notepad = Files.write(dir.resolve("notepad.pw"), bom);
        byte[] utf16 = (password + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] marked = new byte[utf16.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, marked, 2, utf16.length);
        Path powershell = Files.write(dir.resolve("powershell.pw"), marked);
        for (Path pw : java.util.List.of(notepad, powershell)) {
            CliTest.Run run = atr("summary", "--year", "2023", "--db", db, "--user", "admin", "--password-file",
                    pw.toString());
            assertThat(run.exit()).as(pw + ": " + run.err()).isZero();
        }
        Path ansi = Files.write(dir.resolve("ansi.pw"), new byte[] {'M', (byte) 0xE2, 't', '\n'}); // a code page's "â"
        CliTest.Run refused = atr("summary", "--year", "2023", "--db", db, "--user", "admin", "--password-file",
                ansi.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("không phải văn bản UTF-8").contains("ansi.pw");
    }

    /** With an encrypted package, --password-file is the package's: the login's is asked for where it can come from. */
    @Test
    void anEncryptedPackagesPasswordFileSaysWhereTheLoginsPasswordGoes() throws Exception {
        String db = dir.resolve("s.db").toString();
        String adminPw = file("admin.pw", "quan-tri-2026!\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw).exit()).isZero();
        String packagePw = file("goi.pw", "mat-khau-goi-2026\n").toString();
        CliTest.Run run = atr("export", "--db", db, "--year", "2023", "--out", dir.resolve("p.atrpkg").toString(),
                "--with-identifiers", "--password-file", packagePw, "--user", "admin");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--password-file là mật khẩu của gói", "ATR_PASSWORD_FILE", "admin")
                .doesNotContain("dùng --password-file TỆP");
        assertThat(dir.resolve("p.atrpkg")).doesNotExist();
    }

    /** A file name chosen by whoever sent the package cannot print a line that reads as an entry of its own. */
    @Test
    void aLineBreakInAnAuditedFileNameIsListedEscapedOnItsEntrysLine() throws Exception {
        String db = dir.resolve("s.db").toString();
        String adminPw = file("admin.pw", "quan-tri-2026!\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw).exit()).isZero();
        Path forged = file("goi\n    99 05.12.2026 09:00:00 admin        trust.approved   package_sender\n.atrpkg",
                "not a package");
        CliTest.Run refused = atr("import", forged.toString(), "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(refused.exit()).isEqualTo(1);
        CliTest.Run list = atr("audit", "list", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("goi\\n    99").doesNotContain("\n    99 05.12.2026");
        assertThat(list.out().lines()).allMatch(l -> l.matches("\\s*\\d+ .*"), "every line an entry of its own");
    }

    @Test
    void everySecurityCommandExplainsItself() {
        for (String[] cmd : new String[][] {{"user", "--help"}, {"user", "add", "--help"}, {"user", "recover", "--help"},
                {"user", "enable", "--help"}, {"user", "confirm", "--help"},
                {"audit", "verify", "--help"}, {"audit", "list", "--help"}, {"bench", "security", "--help"}}) {
            CliTest.Run run = atr(cmd);
            assertThat(run.exit()).as(String.join(" ", cmd)).isZero();
            assertThat(run.out()).contains("Cách dùng:"); // picocli's "Usage:" in Vietnamese (i18n/cli.properties)
        }
    }
}
