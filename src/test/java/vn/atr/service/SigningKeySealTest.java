package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.access.Role;
import vn.atr.format.pkg.Manifest;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.service.exchange.TrustFixtures;
import vn.atr.store.StoreTestSupport;

/**
 * The package signing key in a store with users (ADR 0190): kept in clear only until every account that needs
 * its own copy has one, then only under the data key and the accounts' passwords, so a copy of the file alone
 * no longer signs packages, while every role still exports signed packages that the city accepts.
 */
class SigningKeySealTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);
    private static final String CLEAR_KEY = "SELECT private_key FROM package_signing_key WHERE id = 1";
    private static final String ADMIN_PW = "quan-tri-2026!";
    private static final String STAFF_PW = "can-bo-xa-2026!";
    private static final String MANAGER_PW = "lanh-dao-2026!";
    private static final String UNIT = "305";

    @TempDir
    Path dir;

    @Test
    void theClearKeyGoesOnceEveryAccountWithoutTheDataKeyHasItsOwnCopy() throws Exception {
        Path db = dir.resolve("ward.db");
        String recovery;
        try (Services s = Services.open(store(db))) {
            recovery = s.auth().createFirstAdministrator("admin", ADMIN_PW.toCharArray()).recoveryKey();
            SecurityFixtures.victimsWithIdentities(s, UNIT);
            s.users().add("xa", Role.COMMUNE_STAFF, UNIT, STAFF_PW.toCharArray());
            s.users().add("lan", Role.MANAGER, null, MANAGER_PW.toCharArray());
            s.exchange().export(UNIT, YEAR, dir.resolve("admin.atrpkg"), null); // the installation's first key
            assertThat(s.audit().check(null).awaitingSigningCopy()).containsExactly("lan", "xa");
        }
        String fingerprint = TrustFixtures.manifest(dir.resolve("admin.atrpkg")).signerFingerprint();
        assertThat(clearKey(db)).as("xa and lan have no copy yet").isNotEmpty();

        Path fromStaff = exportAs(db, "xa", STAFF_PW, "xa.atrpkg");
        assertThat(clearKey(db)).as("lan still has none").isNotEmpty();
        assertThat(awaitingCopy(db)).containsExactly("lan");
        exportAs(db, "lan", MANAGER_PW, "lan.atrpkg");
        assertThat(clearKey(db)).as("sealed").isEmpty();
        assertThat(awaitingCopy(db)).isEmpty();
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'key.seal'")).isEqualTo(1);

        // every role still signs with the installation's key, and the city takes what the commune sends
        Path afterSeal = exportAs(db, "xa", STAFF_PW, "xa-after.atrpkg");
        assertThat(TrustFixtures.manifest(fromStaff).signerFingerprint()).isEqualTo(fingerprint);
        assertThat(TrustFixtures.manifest(afterSeal).signerFingerprint()).isEqualTo(fingerprint);
        assertThat(TrustFixtures.manifest(exportAs(db, "admin", ADMIN_PW, "admin-after.atrpkg")).signerFingerprint())
                .isEqualTo(fingerprint);
        try (Services city = Services.open(store(dir.resolve("city.db")))) {
            TrustFixtures.trustSenderOf(city, afterSeal);
            ImportPlan plan = city.exchange().plan(afterSeal, null);
            assertThat(plan.rejected()).isEmpty();
            assertThat(plan.manifest().formatVersion()).isEqualTo(Manifest.FORMAT_VERSION);
        }

        // a forgotten password recovered with the recovery key keeps the account's copy
        try (Services s = Services.open(store(db))) {
            s.auth().recover("xa", recovery, "mat-khau-moi-cua-xa".toCharArray());
        }
        assertThat(TrustFixtures.manifest(exportAs(db, "xa", "mat-khau-moi-cua-xa", "xa-recovered.atrpkg"))
                .signerFingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void accountsMadeAfterTheSealGetTheirCopyAndKeepItThroughPasswordChanges() throws Exception {
        Path db = dir.resolve("ward.db");
        try (Services s = Services.open(store(db))) {
            s.auth().createFirstAdministrator("admin", ADMIN_PW.toCharArray());
            SecurityFixtures.victimsWithIdentities(s, UNIT);
            s.exchange().export(UNIT, YEAR, dir.resolve("admin.atrpkg"), null);
            assertThat(clearKey(db)).as("no account lacks a copy: sealed at once").isEmpty();
            s.users().add("xa", Role.COMMUNE_STAFF, UNIT, STAFF_PW.toCharArray());
        }
        String fingerprint = TrustFixtures.manifest(dir.resolve("admin.atrpkg")).signerFingerprint();
        assertThat(TrustFixtures.manifest(exportAs(db, "xa", STAFF_PW, "1.atrpkg")).signerFingerprint())
                .isEqualTo(fingerprint);

        try (Services s = Services.open(store(db))) { // the user's own change
            s.auth().login("xa", STAFF_PW.toCharArray());
            s.users().changePassword("xa", "mat-khau-thu-hai-xa".toCharArray());
        }
        assertThat(TrustFixtures.manifest(exportAs(db, "xa", "mat-khau-thu-hai-xa", "2.atrpkg")).signerFingerprint())
                .isEqualTo(fingerprint);

        try (Services s = Services.open(store(db))) { // the administrator's reset
            s.auth().login("admin", ADMIN_PW.toCharArray());
            s.users().changePassword("xa", "mat-khau-thu-ba-xa".toCharArray());
        }
        assertThat(TrustFixtures.manifest(exportAs(db, "xa", "mat-khau-thu-ba-xa", "3.atrpkg")).signerFingerprint())
                .isEqualTo(fingerprint);
        assertThat(clearKey(db)).isEmpty();
    }

    @Test
    void aKeyMadeBeforeTheFirstAdministratorIsSealedWithTheStore() throws Exception {
        Path db = dir.resolve("ward.db");
        Path before = dir.resolve("before.atrpkg");
        try (Services s = Services.open(store(db))) {
            SecurityFixtures.victimsWithIdentities(s, UNIT);
            s.exchange().export(UNIT, YEAR, before, null);
            assertThat(clearKey(db)).as("a store without users has nothing to seal it with").isNotEmpty();
            s.auth().createFirstAdministrator("admin", ADMIN_PW.toCharArray());
        }
        assertThat(clearKey(db)).isEmpty();
        assertThat(TrustFixtures.manifest(exportAs(db, "admin", ADMIN_PW, "after.atrpkg")).signerFingerprint())
                .isEqualTo(TrustFixtures.manifest(before).signerFingerprint());
    }

    @Test
    void anAccountWhoseCopyIsGoneIsToldWhatToDoAndNothingIsWritten() throws Exception {
        Path db = dir.resolve("ward.db");
        wardWithUsers(db, true, "xa");
        try (java.sql.Connection c = StoreTestSupport.connect(db); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE app_user SET signing_grant = NULL WHERE name = 'xa'");
        }
        long exports = StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'export'");
        assertThatThrownBy(() -> exportAs(db, "xa", STAFF_PW, "refused.atrpkg"))
                .hasMessageContaining("Tài khoản xa chưa có bản sao khóa ký gói")
                .hasMessageContaining("đặt lại mật khẩu");
        assertThat(dir.resolve("refused.atrpkg")).doesNotExist();
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'export'"))
                .isEqualTo(exports);
    }

    @Test
    void disablingTheLastAccountAwaitedSealsTheKeyAndTakesItsCopy() throws Exception {
        Path db = dir.resolve("ward.db");
        wardWithUsers(db, false, "xa", "lan");
        exportAs(db, "xa", STAFF_PW, "xa.atrpkg"); // xa's copy; lan, who left, never logs in again
        assertThat(clearKey(db)).isNotEmpty();
        try (Services s = Services.open(store(db))) {
            s.auth().login("admin", ADMIN_PW.toCharArray());
            s.users().disable("xa");
            s.users().disable("lan");
        }
        assertThat(clearKey(db)).isEmpty();
        assertThat(StoreTestSupport.text(db, "SELECT signing_grant FROM app_user WHERE name = 'xa'")).isNull();
    }

    /** A copy is bound to its account: moved onto another account's row, it opens nothing there. */
    @Test
    void aCopyMovedToAnotherAccountOpensNothing() throws Exception {
        Path db = dir.resolve("ward.db");
        wardWithUsers(db, true, "xa", "lan");
        try (java.sql.Connection c = StoreTestSupport.connect(db); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE app_user SET signing_grant = (SELECT signing_grant FROM app_user WHERE name = 'xa')"
                    + " WHERE name = 'lan'");
        }
        assertThatThrownBy(() -> exportAs(db, "lan", MANAGER_PW, "lan.atrpkg"))
                .hasMessageContaining("Tài khoản lan chưa có bản sao khóa ký gói");
    }

    /** Once sealed, neither the store file nor its write-ahead log holds the clear key, while the window is open. */
    @Test
    void theSealedKeyLeavesTheFileAndItsLog() throws Exception {
        Path db = dir.resolve("ward.db");
        wardWithUsers(db, false, "xa");
        String clear = clearKey(db);
        assertThat(clear).isNotEmpty();
        try (Services s = Services.open(store(db))) {
            s.auth().login("xa", STAFF_PW.toCharArray()); // the last copy made: sealed, and still open
            assertThat(clearKey(db)).isEmpty();
            for (Path f : new Path[] {db, db.resolveSibling(db.getFileName() + "-wal")}) {
                if (java.nio.file.Files.exists(f)) {
                    assertThat(new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as(f.toString()).doesNotContain(clear);
                }
            }
        }
    }

    /**
     * A ward store with its administrator, victims and the accounts named ("xa": commune staff, "lan": manager),
     * made before the installation's first key ({@code keyFirst} false) or after it.
     */
    private void wardWithUsers(Path db, boolean keyFirst, String... accounts) {
        try (Services s = Services.open(store(db))) {
            s.auth().createFirstAdministrator("admin", ADMIN_PW.toCharArray());
            SecurityFixtures.victimsWithIdentities(s, UNIT);
            if (keyFirst) {
                s.exchange().export(UNIT, YEAR, dir.resolve("admin.atrpkg"), null);
            }
            for (String a : accounts) {
                if (a.equals("xa")) {
                    s.users().add("xa", Role.COMMUNE_STAFF, UNIT, STAFF_PW.toCharArray());
                } else {
                    s.users().add(a, Role.MANAGER, null, MANAGER_PW.toCharArray());
                }
            }
            if (!keyFirst) {
                s.exchange().export(UNIT, YEAR, dir.resolve("admin.atrpkg"), null);
            }
        }
    }

    private Path exportAs(Path db, String user, String password, String file) {
        Path out = dir.resolve(file);
        try (Services s = Services.open(store(db))) {
            s.auth().login(user, password.toCharArray());
            s.exchange().export(UNIT, YEAR, out, null);
        }
        return out;
    }

    /** What {@code atr audit verify} says is still missing before the key is sealed. */
    private java.util.List<String> awaitingCopy(Path db) {
        try (Services s = Services.open(store(db))) {
            s.auth().login("admin", ADMIN_PW.toCharArray());
            return s.audit().check(null).awaitingSigningCopy();
        }
    }

    private static String clearKey(Path db) throws Exception {
        return StoreTestSupport.text(db, CLEAR_KEY);
    }
}
