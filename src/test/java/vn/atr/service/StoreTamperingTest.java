package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.MANAGER_PW;
import static vn.atr.service.SecurityFixtures.STAFF_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.VictimIdentity;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.access.AuditHead;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.StoreCheck;
import vn.atr.security.AuditHash;
import vn.atr.store.StoreTestSupport;

/**
 * The store file edited as an attacker would, with plain JDBC around ATR (docs/security.md): each
 * attack is refused or reported, and the store is left as the attacker left it.
 */
class StoreTamperingTest {
    @TempDir
    Path dir;

    /** The users' store, made once for the class: five password hashings at full strength take seconds each time. */
    @TempDir
    static Path templateDir;
    private static Path template;

    /** A fresh copy of a closed store with an administrator, four users and victims with identities. */
    private Path storeWithUsers() {
        synchronized (StoreTamperingTest.class) {
            if (template == null) {
                Path made = templateDir.resolve("atr.db");
                try (Services s = Services.open(made)) {
                    s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
                    SecurityFixtures.victimsWithIdentities(s, "305");
                    s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
                    s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
                    s.users().add("old", Role.MANAGER, null, "mat-khau-cua-old".toCharArray());
                    s.users().add("minh", Role.COMMUNE_STAFF, "305", pw(STAFF_PW));
                }
                template = made;
            }
        }
        Path db = dir.resolve("atr.db");
        try {
            // closed, so the file holds everything (its write-ahead log is folded in on close)
            assertThat(template.resolveSibling("atr.db-wal")).doesNotExist();
            java.nio.file.Files.copy(template, db, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES); // owner-only, as made
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return db;
    }

    /** The attacker: plain SQL on the closed store file. */
    private static void attack(Path db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    private static long count(Path db, String sql) throws Exception {
        return StoreTestSupport.count(db, sql);
    }

    private static StoreCheck checkAsAdmin(Path db, String expectedHead) {
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            return s.audit().check(expectedHead);
        }
    }

    // ---- identifiers: protection cannot be switched off ----

    @Test
    void deletingTheRecoveryRowDoesNotSwitchEncryptionOff() throws Exception {
        Path db = storeWithUsers();
        List<String> ids;
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            ids = s.identities().listAll().stream().map(VictimIdentity::victimId).toList();
        }
        attack(db, "DELETE FROM key_recovery");

        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            s.identities().save(new VictimIdentity(ids.get(1), "Trần Văn Bình", "031099887766", "Thôn Đông", null));
            assertThat(s.identities().find(ids.get(1))).get().extracting(VictimIdentity::address).isEqualTo("Thôn Đông");
        }
        assertThat(count(db, "SELECT count(*) FROM victim_identity WHERE encrypted = 0")).isZero();
        assertThat(SecurityFixtures.secretsInFiles(dir)).isEmpty();
        assertThat(checkAsAdmin(db, null).intact()).isTrue();
    }

    @Test
    void aClearIdentifierWrittenIntoTheFileIsRefusedOrReportedAtOpenAndByVerify() throws Exception {
        Path db = storeWithUsers();
        String victim;
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            victim = s.identities().listAll().get(0).victimId();
        }
        String before = StoreTestSupport.digest(db);
        // the schema itself refuses a clear row in a store with users
        assertThatThrownBy(() -> attack(db, "UPDATE victim_identity SET full_name = 'Nguyễn Văn Lộ', encrypted = 0"
                + " WHERE victim_id = '" + victim + "'")).isInstanceOf(SQLException.class).hasMessageContaining("encrypted");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);

        // around the trigger: ATR says so at open and in the check
        attack(db, "DROP TRIGGER victim_identity_no_clear_update",
                "UPDATE victim_identity SET full_name = 'Nguyễn Văn Lộ', encrypted = 0 WHERE victim_id = '" + victim + "'");
        try (Services s = Services.open(db)) {
            assertThat(s.openWarnings()).singleElement().asString().contains("1 nạn nhân").contains("không mã hóa");
        }
        StoreCheck check = checkAsAdmin(db, null);
        assertThat(check.intact()).isFalse();
        assertThat(check.clearIdentities()).containsExactly(victim);
    }

    // ---- a submitted report's frozen figures ----

    @Test
    void frozenFiguresEditedInTheFileAreNotExportedAsTheSubmittedReport() throws Exception {
        Path db = dir.resolve("mau.db");
        vn.atr.domain.ReportPeriod year = vn.atr.domain.ReportPeriod.ofYear(2023);
        try (Services s = Services.open(db)) {
            s.sample().loadHaiPhong2023();
            s.report().submit(year);
            assertThat(s.report().build(year, java.util.Optional.empty()).submission()).isPresent();
        }
        attack(db, "UPDATE report_draft SET frozen_figures = replace(frozen_figures, '10215', '55555')");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.report().build(year, java.util.Optional.empty()))
                    .hasMessageContaining("đã bị sửa ngoài ATR");
        }
        // the figures put back, the compiler's text changed instead: the number the report is sent under
        attack(db, "UPDATE report_draft SET frozen_figures = replace(frozen_figures, '55555', '10215')");
        try (Services s = Services.open(db)) {
            assertThat(s.report().build(year, java.util.Optional.empty()).submission()).as("as submitted").isPresent();
        }
        attack(db, "UPDATE report_draft SET doc_number = '999'");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.report().build(year, java.util.Optional.empty()))
                    .hasMessageContaining("đã bị sửa ngoài ATR").hasMessageContaining("atr draft --reopen");
            s.report().reopen(year); // the way out: the report is computed from the records again
            assertThat(s.report().build(year, java.util.Optional.empty()).submission()).isEmpty();
        }
    }

    // ---- the audit log notices removals and rewrites ----

    @Test
    void cuttingTheAuditLogsTailIsFound() throws Exception {
        Path db = storeWithUsers();
        assertThat(checkAsAdmin(db, null).intact()).isTrue();
        long last = count(db, "SELECT max(seq) FROM audit_log");
        attack(db, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq >= " + (last - 1));

        StoreCheck check = checkAsAdmin(db, null);
        assertThat(check.audit().intact()).isFalse();
        assertThat(check.audit().reason()).isEqualTo("missing");
        assertThat(check.audit().reasonText()).as("said in words, not its code").isEqualTo("mục này không còn trong nhật ký: đã bị xóa");
        // the login that ran the check wrote entry last-1 again: the entry after it is missing
        assertThat(check.audit().firstBrokenSeq()).isEqualTo(last);
    }

    @Test
    void removingEveryAuditEntryIsFound() throws Exception {
        Path db = storeWithUsers();
        attack(db, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log");
        StoreCheck check = checkAsAdmin(db, null);
        assertThat(check.audit().intact()).isFalse();
        assertThat(check.audit().reason()).isEqualTo("missing");
    }

    @Test
    void aRewrittenChainNoLongerReachesTheHeadRecordedOutsideTheFile() throws Exception {
        Path db = storeWithUsers();
        AuditHead head;
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            head = s.audit().head();
            assertThat(s.audit().check(head.hash()).intact()).isTrue();
        }
        // edit entry 3 and recompute every hash after it, as someone who read ADR 0050 would
        attack(db, "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET detail = 'role MANAGER' WHERE seq = 3");
        rechain(db, 3);

        StoreCheck rewritten = checkAsAdmin(db, null);
        assertThat(rewritten.audit().intact()).as("the chain alone cannot tell").isTrue();
        StoreCheck against = checkAsAdmin(db, head.hash());
        assertThat(against.intact()).isFalse();
        assertThat(against.reachesExpected()).isFalse();
    }

    /** Recomputes the audit chain from entry {@code from} on, the way AuditRepository builds it. */
    static void rechain(Path db, long from) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            String previous;
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log WHERE seq = ?")) {
                ps.setLong(1, from - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    previous = rs.next() ? rs.getString(1) : AuditHash.GENESIS;
                }
            }
            try (PreparedStatement read = c.prepareStatement("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq");
                 PreparedStatement write = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                read.setLong(1, from);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        Object before = rs.getObject("version_before");
                        Object after = rs.getObject("version_after");
                        String hash = AuditHash.of(previous, Arrays.asList(rs.getLong("seq"), rs.getString("at"),
                                rs.getString("user_name"), rs.getString("action"), rs.getString("record_kind"),
                                rs.getString("record_id"), before == null ? null : ((Number) before).longValue(),
                                after == null ? null : ((Number) after).longValue(), rs.getString("detail")));
                        write.setString(1, previous);
                        write.setString(2, hash);
                        write.setLong(3, rs.getLong("seq"));
                        write.executeUpdate();
                        previous = hash;
                    }
                }
            }
        }
    }

    @Test
    void userAndReferenceChangesAreAuditEntries() {
        Path db = storeWithUsers();
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            s.users().disable("old");
            s.users().enable("old");
            s.reference().saveUnit(s.reference().unit("305").orElseThrow());
            assertThat(s.audit().list(null, null, 200)).extracting(AuditEntry::action)
                    .contains("key.create", "accounts.key", "user.create", "user.disable", "user.enable",
                            "reference.unit");
        }
    }

    // ---- accounts edited outside ATR ----

    @Test
    void aRoleRaisedOutsideAtrIsRefusedUntilAnAdministratorConfirmsIt() throws Exception {
        Path db = storeWithUsers();
        attack(db, "UPDATE app_user SET role = 'MANAGER', unit_code = NULL WHERE name = 'minh'");
        String attacked = StoreTestSupport.tablesDigest(db, "app_user", "victim_identity", "victim");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("minh", pw(STAFF_PW))).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("minh").hasMessageContaining("sửa ngoài ATR");
            assertThat(s.session().isLoggedIn()).isFalse();
        }
        assertThat(StoreTestSupport.tablesDigest(db, "app_user", "victim_identity", "victim")).isEqualTo(attacked);

        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.users().needingConfirmation()).containsExactly("minh");
            assertThat(s.audit().check(null).tamperedAccounts()).containsExactly("minh");
            assertThat(s.audit().list("minh", "login.failed", 5)).singleElement()
                    .extracting(AuditEntry::detail).isEqualTo("account changed outside ATR");
            s.users().confirm("minh");
            assertThat(s.users().needingConfirmation()).isEmpty();
            assertThat(s.audit().list(null, "user.confirm", 5)).singleElement()
                    .extracting(AuditEntry::detail).isEqualTo("role MANAGER");
        }
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW)); // what the administrator accepted
            assertThat(s.session().role()).isEqualTo(Role.MANAGER);
        }
    }

    @Test
    void aRaiseToAdministratorAndAnotherUnitAreRefusedToo() throws Exception {
        Path db = storeWithUsers();
        attack(db, "UPDATE app_user SET unit_code = '306' WHERE name = 'minh'");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("minh", pw(STAFF_PW))).hasMessageContaining("sửa ngoài ATR");
        }
        attack(db, "UPDATE app_user SET unit_code = '305' WHERE name = 'minh'"); // put back: the seal holds again
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW));
        }
        attack(db, "UPDATE app_user SET role = 'ADMINISTRATOR', unit_code = NULL WHERE name = 'lan'");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("lan", pw(MANAGER_PW))).hasMessageContaining("sửa ngoài ATR");
        }
    }

    @Test
    void aCopiedPasswordVerifierDoesNotOpenAnotherAccount() throws Exception {
        Path db = storeWithUsers();
        // "lan" knows her own password: she copies her verifier and salt onto "old", hoping to act as "old"
        attack(db, "UPDATE app_user SET salt = (SELECT salt FROM app_user WHERE name = 'lan'),"
                + " verifier = (SELECT verifier FROM app_user WHERE name = 'lan'),"
                + " iterations = (SELECT iterations FROM app_user WHERE name = 'lan') WHERE name = 'old'");
        String attacked = StoreTestSupport.tablesDigest(db, "app_user");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("old", pw(MANAGER_PW))).hasMessageContaining("sửa ngoài ATR");
            // and copying her seal along does not help either: it names her, not "old"
        }
        assertThat(StoreTestSupport.tablesDigest(db, "app_user")).isEqualTo(attacked);
        attack(db, "UPDATE app_user SET seal = (SELECT seal FROM app_user WHERE name = 'lan'),"
                + " seal_verifier = (SELECT seal_verifier FROM app_user WHERE name = 'lan') WHERE name = 'old'");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("old", pw(MANAGER_PW))).hasMessageContaining("sửa ngoài ATR");
        }
    }

    @Test
    void aUsersOwnPasswordChangeKeepsTheirAccountSealed() {
        Path db = storeWithUsers();
        char[] second = "mat-khau-thu-hai".toCharArray();
        char[] third = "mat-khau-thu-ba!".toCharArray();
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(MANAGER_PW));
            s.users().changePassword("lan", second.clone());
        }
        try (Services s = Services.open(db)) {
            s.auth().login("lan", second.clone());
            s.users().changePassword("lan", third.clone());
        }
        try (Services s = Services.open(db)) {
            s.auth().login("lan", third.clone());
            assertThat(s.session().role()).isEqualTo(Role.MANAGER);
        }
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.users().needingConfirmation()).isEmpty();
        }
    }

    @Test
    void aDisabledAccountEnabledAgainCanLogIn() {
        Path db = storeWithUsers();
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            s.users().disable("lan");
        }
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("lan", pw(MANAGER_PW)))
                    .hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
            s.auth().login("admin", pw(ADMIN_PW));
            s.users().enable("lan");
            assertThat(s.users().list()).filteredOn(u -> u.name().equals("lan")).singleElement()
                    .extracting(u -> u.disabled()).isEqualTo(false);
        }
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(MANAGER_PW));
            assertThat(s.session().isLoggedIn()).isTrue();
        }
    }

    @Test
    void reEnablingAnAccountInTheFileIsRefused() throws Exception {
        Path db = storeWithUsers();
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            s.users().disable("lan");
        }
        attack(db, "UPDATE app_user SET disabled = 0 WHERE name = 'lan'");
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("lan", pw(MANAGER_PW))).hasMessageContaining("sửa ngoài ATR");
        }
    }

    @Test
    void aSwappedAccountKeyIsFoundByTheNextKeyHolderAndRecoveryStartsAFreshOne() throws Exception {
        Path db = dir.resolve("atr.db");
        String recoveryKey;
        try (Services s = Services.open(db)) {
            recoveryKey = s.auth().createFirstAdministrator("admin", pw(ADMIN_PW)).recoveryKey();
            s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
            s.users().add("minh", Role.COMMUNE_STAFF, "305", pw(STAFF_PW));
        }
        // the attacker makes a key pair of their own, raises minh and signs every row again with it
        vn.atr.security.AccountKey forged = vn.atr.security.AccountKey.generate();
        attack(db, "UPDATE app_user SET role = 'MANAGER', unit_code = NULL WHERE name = 'minh'",
                "UPDATE account_key SET public_key = '" + forged.publicText() + "'");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT name, role, unit_code, disabled, seal_verifier FROM app_user");
             PreparedStatement write = c.prepareStatement("UPDATE app_user SET seal = ? WHERE name = ?")) {
            while (rs.next()) {
                write.setString(1, forged.sign(Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) != 0, rs.getString(5))));
                write.setString(2, rs.getString(1));
                write.executeUpdate();
            }
        }
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW)); // a login without the data key cannot tell (docs/security.md)
            assertThat(s.session().role()).isEqualTo(Role.MANAGER);
        }
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("admin", pw(ADMIN_PW))).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("khóa khôi phục");
            assertThat(s.session().isLoggedIn()).isFalse();
        }
        assertThat(count(db, "SELECT count(*) FROM audit_log WHERE action = 'login.failed'"
                + " AND detail = 'account key replaced'")).isEqualTo(1);
        char[] fresh = "mat-khau-moi-admin".toCharArray();
        try (Services s = Services.open(db)) {
            s.auth().recover("admin", recoveryKey, fresh.clone());
        }
        try (Services s = Services.open(db)) {
            s.auth().login("admin", fresh.clone());
            assertThat(s.users().needingConfirmation()).containsExactlyInAnyOrder("lan", "minh");
            assertThat(s.audit().list(null, "accounts.key", 5)).hasSize(2);
        }
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("minh", pw(STAFF_PW))).hasMessageContaining("sửa ngoài ATR");
        }
    }
}
