package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.MANAGER_PW;
import static vn.atr.service.SecurityFixtures.SECRETS;
import static vn.atr.service.SecurityFixtures.STAFF_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.access.Role;
import vn.atr.domain.VictimIdentity;
import vn.atr.service.exchange.ExchangeService;
import vn.atr.service.exchange.ImportPlan;

/**
 * Exchange and roles, at the service level (ADR 0050): who may export what, who may import
 * and resolve conflicts, identifiers only when asked, allowed and encrypted, decrypted on export and
 * encrypted again under the receiving store's key, and every export and import in the audit log.
 */
class ExchangeAccessTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);
    private static final String OWN_UNIT = "305";
    private static final String OTHER_UNIT = "306";
    private static final char[] PACKAGE_PW = "mat-khau-goi-2026".toCharArray();

    @TempDir
    static Path dir;
    static Path db;
    static List<String> victims;

    @BeforeAll
    static void usersOfEveryRole() {
        db = dir.resolve("ward.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            victims = SecurityFixtures.victimsWithIdentities(s, OWN_UNIT);
            s.activities().save(SecurityFixtures.activity(OTHER_UNIT), "admin");
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
            s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
            s.users().add("minh", Role.COMMUNE_STAFF, OWN_UNIT, pw(STAFF_PW));
        }
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static List<AuditEntry> audit(String action) {
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            return s.audit().list(null, action, 100);
        }
    }

    @Test
    void communeStaffExportOnlyTheirUnitWithoutIdentifiersAndNeverImport() throws Exception {
        Path own = dir.resolve("minh.atrpkg");
        Path ward = dir.resolve("minh-other.atrpkg");
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW));
            var r = s.exchange().export(null, YEAR, own, null);
            assertThat(r.manifest().sourceUnit()).isEqualTo(OWN_UNIT); // no unit means their own
            assertThat(r.counts()).containsEntry("victim", 3L).containsEntry("activity", 0L)
                    .doesNotContainKey("victim_identity");
            refused(() -> s.exchange().export(OTHER_UNIT, YEAR, ward, null));
            refused(() -> s.exchange().export(OWN_UNIT, YEAR, ward, pw(PACKAGE_PW), true));
            refused(() -> s.exchange().plan(own, null));
            refused(() -> s.exchange().importAll(java.util.List.of(own), f -> null, false));
            refused(() -> s.conflicts().list());
            refused(() -> s.conflicts().resolve(1, true));
        }
        assertThat(ward).doesNotExist();
        assertThat(audit("export")).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo("minh");
            assertThat(e.recordId()).isEqualTo("minh.atrpkg");
            assertThat(e.detail()).contains("unit 305", "identifiers no");
        });
    }

    @Test
    void managerExportsFiguresButNoIdentifiersAndNeverImports() {
        Path p = dir.resolve("lan.atrpkg");
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(MANAGER_PW));
            assertThat(s.exchange().export(null, YEAR, p, null).counts()).containsEntry("activity", 1L);
            refused(() -> s.exchange().export(null, YEAR, dir.resolve("lan-id.atrpkg"), pw(PACKAGE_PW), true));
            refused(() -> s.exchange().plan(p, null));
            refused(() -> s.exchange().importAll(java.util.List.of(p), f -> null, true));
            refused(() -> s.conflicts().list());
        }
    }

    @Test
    void identifiersOnlyWhenAskedAndEncrypted() throws Exception {
        Path plain = dir.resolve("hoa-plain.atrpkg");
        Path sealedNoIds = dir.resolve("hoa-sealed.atrpkg");
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            assertThat(s.exchange().export(null, YEAR, plain, null).counts()).doesNotContainKey("victim_identity");
            assertThat(s.exchange().export(null, YEAR, sealedNoIds, pw(PACKAGE_PW), false).counts())
                    .doesNotContainKey("victim_identity");
            assertThatThrownBy(() -> s.exchange().export(null, YEAR, dir.resolve("x.atrpkg"), null, true))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("mã hóa");
        }
    }

    @Test
    void identifiersTravelEncryptedAndAreEncryptedAgainUnderTheCitysKey() throws Exception {
        Path pkg = dir.resolve("with-ids.atrpkg");
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            var r = s.exchange().export(null, YEAR, pkg, pw(PACKAGE_PW), true);
            assertThat(r.counts()).containsEntry("victim_identity", 3L);
            assertThat(r.manifest().withIdentifiers()).isTrue();
        }
        assertThat(ExchangeService.isEncrypted(pkg)).isTrue();
        assertThat(new String(Files.readAllBytes(pkg), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("079301012345");

        Path cityDir = Files.createDirectories(dir.resolve("city"));
        try (Services city = Services.open(cityDir.resolve("city.db"))) {
            city.auth().createFirstAdministrator("thanhpho", "quan-tri-thanh-pho-1".toCharArray());
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(city, pkg);
            ImportPlan plan = city.exchange().plan(pkg, pw(PACKAGE_PW));
            assertThat(plan.identities()).hasSize(3);
            assertThat(plan.counts().get(ImportPlan.Outcome.NEW)).isEqualTo(5); // case, 3 victims, 1 activity
            city.exchange().apply(plan);
            assertThat(city.identities().find(victims.get(0))).map(VictimIdentity::idNumber).contains(SECRETS.get(1));
            assertThat(city.identities().listAll()).hasSize(3);
            assertThat(city.audit().list("thanhpho", "import", 5)).anySatisfy(e ->
                    assertThat(e.detail()).contains("new 5", "identifiers 3"));
            // a second import of the same file changes nothing and does not overwrite identities
            ImportPlan again = city.exchange().plan(pkg, pw(PACKAGE_PW));
            assertThat(again.previousImport()).isPresent();
            assertThat(again.changes()).isEmpty();
        }
        assertThat(SecurityFixtures.secretsInFiles(cityDir)).isEmpty(); // encrypted at rest under the city's key
        try (Services city = Services.open(cityDir.resolve("city.db"))) {
            city.auth().login("thanhpho", "quan-tri-thanh-pho-1".toCharArray());
            assertThat(city.identities().find(victims.get(1))).map(VictimIdentity::fullName).contains(SECRETS.get(4));
        }
    }

    @Test
    void aManagerCannotImportAPackageWithIdentifiers() throws Exception {
        Path pkg = dir.resolve("ids-for-manager.atrpkg");
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            s.exchange().export(null, YEAR, pkg, pw(PACKAGE_PW), true);
        }
        Path other = Files.createDirectories(dir.resolve("other")).resolve("other.db");
        try (Services s = Services.open(other)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
            s.auth().login("lan", pw(MANAGER_PW));
            refused(() -> s.exchange().plan(pkg, pw(PACKAGE_PW)));
        }
    }
}
